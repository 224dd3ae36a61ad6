package io.journeymap.identity.internal.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds candidate pairs without comparing every record with every other: each
 * {@link BlockingPass} groups records by a key, pairs are formed within a group, and the result is
 * the union over the passes. Several loose passes rather than one strict key, so a typo or a
 * missing value in one field loses a true pair only when every pass loses it.
 *
 * <p>A block that would produce more than {@code maxPairsPerBlock} pairs is skipped and counted:
 * such a key (a common surname, a default date of birth like 1900-01-01) says too little to be
 * worth its quadratic cost, and the other passes still see those records. Immutable and
 * thread-safe.
 */
public final class Blocker {

    /** Default cap on the pairs of one block. */
    public static final long DEFAULT_MAX_PAIRS_PER_BLOCK = 10_000;

    private final List<BlockingPass> passes;
    private final long maxPairsPerBlock;

    public Blocker(List<BlockingPass> passes) {
        this(passes, DEFAULT_MAX_PAIRS_PER_BLOCK);
    }

    public Blocker(List<BlockingPass> passes, long maxPairsPerBlock) {
        if (passes.isEmpty()) {
            throw new IllegalArgumentException("at least one blocking pass");
        }
        if (maxPairsPerBlock < 1) {
            throw new IllegalArgumentException("maxPairsPerBlock must be positive");
        }
        this.passes = List.copyOf(passes);
        this.maxPairsPerBlock = maxPairsPerBlock;
    }

    public List<BlockingPass> passes() {
        return passes;
    }

    /** Candidate pairs between two sources: left index into {@code left}, right into {@code right}. */
    public CandidatePairs link(List<MatchRecord> left, List<MatchRecord> right) {
        PairBuffer buffer = new PairBuffer();
        Map<String, Long> perPass = new LinkedHashMap<>();
        int skipped = 0;
        for (BlockingPass pass : passes) {
            Map<String, IntList> leftBlocks = group(left, pass.key());
            Map<String, IntList> rightBlocks = group(right, pass.key());
            long produced = 0;
            for (Map.Entry<String, IntList> block : leftBlocks.entrySet()) {
                IntList r = rightBlocks.get(block.getKey());
                if (r == null) {
                    continue;
                }
                IntList l = block.getValue();
                if ((long) l.size * r.size > maxPairsPerBlock) {
                    skipped++;
                    continue;
                }
                for (int i = 0; i < l.size; i++) {
                    for (int j = 0; j < r.size; j++) {
                        buffer.add(CandidatePairs.encode(l.values[i], r.values[j]));
                    }
                }
                produced += (long) l.size * r.size;
            }
            perPass.put(pass.name(), produced);
        }
        return new CandidatePairs(buffer.distinctSorted(), perPass, skipped);
    }

    /** Candidate pairs within one source, each unordered pair once with left index &lt; right index. */
    public CandidatePairs deduplicate(List<MatchRecord> records) {
        PairBuffer buffer = new PairBuffer();
        Map<String, Long> perPass = new LinkedHashMap<>();
        int skipped = 0;
        for (BlockingPass pass : passes) {
            long produced = 0;
            for (IntList block : group(records, pass.key()).values()) {
                long pairs = (long) block.size * (block.size - 1) / 2;
                if (pairs > maxPairsPerBlock) {
                    skipped++;
                    continue;
                }
                for (int i = 0; i < block.size; i++) {
                    for (int j = i + 1; j < block.size; j++) {
                        buffer.add(CandidatePairs.encode(block.values[i], block.values[j]));
                    }
                }
                produced += pairs;
            }
            perPass.put(pass.name(), produced);
        }
        return new CandidatePairs(buffer.distinctSorted(), perPass, skipped);
    }

    private static Map<String, IntList> group(List<MatchRecord> records, BlockingKey key) {
        Map<String, IntList> blocks = new HashMap<>(records.size() * 2);
        for (int i = 0; i < records.size(); i++) {
            String k = key.key(records.get(i));
            if (k != null) {
                blocks.computeIfAbsent(k, unused -> new IntList()).add(i);
            }
        }
        return blocks;
    }

    /** Growable int array: blocks hold indices, boxing them would cost more than the pairing. */
    private static final class IntList {
        int[] values = new int[2];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    /** Pairs of all passes; duplicates are removed once at the end by sorting, cheaper than a set of Longs. */
    private static final class PairBuffer {
        private final List<long[]> chunks = new ArrayList<>();
        private long[] current = new long[1 << 14];
        private int size;
        private int total;

        void add(long pair) {
            if (total == Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more candidate pairs than an array holds: make the blocking keys stricter");
            }
            if (size == current.length) {
                chunks.add(current);
                current = new long[current.length];
                size = 0;
            }
            current[size++] = pair;
            total++;
        }

        long[] distinctSorted() {
            long[] all = new long[total];
            int at = 0;
            for (long[] chunk : chunks) {
                System.arraycopy(chunk, 0, all, at, chunk.length);
                at += chunk.length;
            }
            System.arraycopy(current, 0, all, at, size);
            Arrays.sort(all);
            int distinct = 0;
            for (int i = 0; i < all.length; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    all[distinct++] = all[i];
                }
            }
            return Arrays.copyOf(all, distinct);
        }
    }
}
