package io.journeymap.journey.internal.map;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the folder added since the last flush, per day and segment: merged into the stored buckets
 * in one transaction with the cursors and the checkpoint, then cleared.
 */
final class MapDelta {

    /** A bucket's address. */
    record BucketKey(LocalDate day, String segment) {
    }

    private final Map<BucketKey, DayBucket> buckets = new HashMap<>();

    DayBucket bucket(LocalDate day, String segment) {
        return buckets.computeIfAbsent(new BucketKey(day, segment), k -> new DayBucket());
    }

    Map<BucketKey, DayBucket> buckets() {
        return buckets;
    }

    boolean isEmpty() {
        return buckets.isEmpty();
    }

    void clear() {
        buckets.clear();
    }
}
