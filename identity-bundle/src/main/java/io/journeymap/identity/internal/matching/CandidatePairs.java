package io.journeymap.identity.internal.matching;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The candidate pairs that blocking produced: the union over all passes, each pair once, as
 * indices into the input lists, ordered by left then right index. Immutable.
 */
public final class CandidatePairs {

    private final long[] pairs;
    private final Map<String, Long> pairsPerPass;
    private final int skippedBlocks;

    CandidatePairs(long[] pairs, Map<String, Long> pairsPerPass, int skippedBlocks) {
        this.pairs = pairs;
        this.pairsPerPass = Collections.unmodifiableMap(new LinkedHashMap<>(pairsPerPass));
        this.skippedBlocks = skippedBlocks;
    }

    static long encode(int left, int right) {
        return ((long) left << 32) | (right & 0xffffffffL);
    }

    /** Number of distinct candidate pairs. */
    public int size() {
        return pairs.length;
    }

    /** Index of the left record of pair {@code i}. */
    public int left(int i) {
        return (int) (pairs[i] >>> 32);
    }

    /** Index of the right record of pair {@code i}. */
    public int right(int i) {
        return (int) pairs[i];
    }

    /** Pairs each pass produced before the union, in pass order (a pair found by two passes counts in both). */
    public Map<String, Long> pairsPerPass() {
        return pairsPerPass;
    }

    /** Blocks left out because they would have produced more pairs than allowed. */
    public int skippedBlocks() {
        return skippedBlocks;
    }
}
