package io.journeymap.identity.internal.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate pairs' agreement patterns aggregated into distinct patterns with counts. Pairs
 * with the same pattern are indistinguishable to the model, so EM iterates over a few thousand
 * distinct patterns instead of every pair. Immutable.
 */
public final class PatternCounts {

    private final List<String> fields;
    private final int[] levelCounts;
    private final long[] patterns;
    private final long[] counts;
    private final int[][] levels;
    private final long total;

    private PatternCounts(List<String> fields, int[] levelCounts, long[] patterns, long[] counts) {
        this.fields = List.copyOf(fields);
        this.levelCounts = levelCounts.clone();
        this.patterns = patterns;
        this.counts = counts;
        this.levels = new int[patterns.length][];
        long sum = 0;
        for (int p = 0; p < patterns.length; p++) {
            levels[p] = new int[fields.size()];
            for (int f = 0; f < fields.size(); f++) {
                int level = AgreementPattern.level(patterns[p], f);
                if (level >= levelCounts[f]) {
                    throw new IllegalArgumentException("field " + fields.get(f) + " has " + levelCounts[f]
                            + " levels, a pattern has level " + level);
                }
                levels[p][f] = level;
            }
            sum += counts[p];
        }
        this.total = sum;
    }

    /** Aggregates the patterns of pairs compared with {@code comparator}. */
    public static PatternCounts of(RecordComparator comparator, long[] pairPatterns) {
        return of(comparator.fields().stream().map(ComparedField::name).toList(), comparator.levelCounts(), pairPatterns);
    }

    /** Aggregates patterns over the given fields, each with its number of levels. */
    public static PatternCounts of(List<String> fields, int[] levelCounts, long[] pairPatterns) {
        if (fields.size() != levelCounts.length || fields.size() > AgreementPattern.MAX_FIELDS) {
            throw new IllegalArgumentException("one level count per field, at most " + AgreementPattern.MAX_FIELDS + " fields");
        }
        Map<Long, long[]> byPattern = new HashMap<>();
        for (long pattern : pairPatterns) {
            byPattern.computeIfAbsent(pattern, unused -> new long[1])[0]++;
        }
        long[] distinct = byPattern.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        long[] counts = new long[distinct.length];
        for (int i = 0; i < distinct.length; i++) {
            counts[i] = byPattern.get(distinct[i])[0];
        }
        return new PatternCounts(fields, levelCounts, distinct, counts);
    }

    public List<String> fields() {
        return fields;
    }

    public int levelCount(int field) {
        return levelCounts[field];
    }

    /** Number of distinct patterns. */
    public int size() {
        return patterns.length;
    }

    /** Number of pairs. */
    public long total() {
        return total;
    }

    public long pattern(int i) {
        return patterns[i];
    }

    public long count(int i) {
        return counts[i];
    }

    /** Level of field {@code f} in distinct pattern {@code i}, {@link FieldComparator#MISSING} allowed. */
    public int level(int i, int f) {
        return levels[i][f];
    }

    @Override
    public String toString() {
        return "PatternCounts[" + patterns.length + " distinct of " + total + " pairs, levels " + Arrays.toString(levelCounts) + "]";
    }
}
