package io.journeymap.journey.internal.map;

import com.tdunning.math.stats.AVLTreeDigest;
import com.tdunning.math.stats.TDigest;
import java.nio.ByteBuffer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The map's aggregates for one day and one segment, mergeable: counts add, t-digests merge, so
 * days, partitions and nodes can be folded apart and combined. Its size grows with the number of
 * touchpoint types, stages and channel sets, never with the number of events: counts are keyed by
 * {@link Keys}, time spans are t-digests, and paths are kept to the most taken
 * {@link #PATH_CAPACITY}.
 */
final class DayBucket {

    /** Most distinct paths one bucket keeps; the least taken are folded into {@link Keys#OTHER_PATH}. */
    static final int PATH_CAPACITY = 2000;

    /**
     * t-digest compression: about 1 % rank error in the middle, far less in the tails. The AVL-tree
     * digest, not the merging one: it grows with what it holds (about 1 KB for a day's sparse
     * transition), where the merging digest allocates 24 KB up front, and a bucket holds a digest per
     * transition and stage.
     */
    static final double COMPRESSION = 100;

    final Map<String, Long> counts = new HashMap<>();
    final Map<String, Double> credits = new HashMap<>();
    final Map<String, TDigest> digests = new HashMap<>();
    /** path key to {journeys, conversions} */
    final Map<String, long[]> paths = new HashMap<>();

    void count(String key, long n) {
        counts.merge(key, n, Long::sum);
    }

    long count(String key) {
        return counts.getOrDefault(key, 0L);
    }

    void credit(String key, double value) {
        credits.merge(key, value, Double::sum);
    }

    void time(String key, double seconds) {
        digests.computeIfAbsent(key, k -> new AVLTreeDigest(COMPRESSION)).add(Math.max(0, seconds));
    }

    TDigest digest(String key) {
        return digests.get(key);
    }

    void path(String key, boolean converted) {
        long[] p = paths.computeIfAbsent(key, k -> new long[2]);
        p[0]++;
        p[1] += converted ? 1 : 0;
        if (paths.size() > PATH_CAPACITY) {
            trimPaths();
        }
    }

    boolean isEmpty() {
        return counts.isEmpty() && credits.isEmpty() && digests.isEmpty() && paths.isEmpty();
    }

    /**
     * Adds another bucket into this one.
     *
     * @param other a bucket; left unchanged
     * @return this
     */
    DayBucket merge(DayBucket other) {
        other.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
        other.credits.forEach((k, v) -> credits.merge(k, v, Double::sum));
        other.digests.forEach((k, d) -> {
            TDigest mine = digests.get(k);
            if (mine == null) {
                digests.put(k, copy(d));
            } else {
                mine.add(d);
            }
        });
        other.paths.forEach((k, v) -> {
            long[] p = paths.computeIfAbsent(k, x -> new long[2]);
            p[0] += v[0];
            p[1] += v[1];
        });
        if (paths.size() > PATH_CAPACITY) {
            trimPaths();
        }
        return this;
    }

    /**
     * Keeps the most taken half of the capacity and folds the rest into one "other" path, so the
     * counts of every kept path stay exact and the totals stay right.
     */
    private void trimPaths() {
        List<Map.Entry<String, long[]>> sorted = paths.entrySet().stream()
                .filter(e -> !e.getKey().equals(Keys.OTHER_PATH))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0]).reversed())
                .toList();
        long[] other = paths.computeIfAbsent(Keys.OTHER_PATH, k -> new long[2]);
        for (Map.Entry<String, long[]> e : sorted.subList(PATH_CAPACITY / 2, sorted.size())) {
            other[0] += e.getValue()[0];
            other[1] += e.getValue()[1];
            paths.remove(e.getKey());
        }
    }

    static TDigest copy(TDigest d) {
        ByteBuffer buf = ByteBuffer.allocate(d.smallByteSize());
        d.asSmallBytes(buf);
        buf.flip();
        return AVLTreeDigest.fromBytes(buf);
    }
}
