package io.journeymap.journey.internal.map;

import io.journeymap.api.config.InvalidConfigurationException;
import io.journeymap.api.journey.Segment;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code etc/io.journeymap.journey.map.cfg} (besides the taxonomy and segment keys). Every
 * key has a default; a bad value is refused naming its key.
 *
 * @param enabled            {@code map.enabled}: whether this node folds timelines into the map
 * @param order              {@code map.order}: the higher Markov order (2–4; 1 is always kept too)
 * @param inactivity         {@code map.inactivity.window}: ISO-8601 duration after which a quiet journey is a drop-off
 * @param halfLifeDays       {@code map.time.decay.half.life.days}: half-life of the time-decay model
 * @param pollMillis         {@code map.poll.interval.ms}: pause when the map has caught up
 * @param batchSize          {@code map.batch.size}: timeline rows read at once
 * @param flushMillis        {@code map.flush.interval.ms}: while catching up, the longest time folded counts wait in memory (default 10 s)
 * @param liveFlushMillis    {@code map.live.flush.interval.ms}: once caught up, how often folded counts are written (default 2 s)
 * @param cursorCache        {@code map.cursor.cache}: cursors kept in memory
 * @param leaseMillis        {@code map.lease.ms}: how long a node's claim to update the map lasts unrenewed
 * @param gapGraceMillis     {@code map.gap.grace.ms}: how long a skipped timeline position is looked for
 * @param dropGraceMillis    {@code map.drop.grace.ms}: wall time a journey must also have been left alone before it is dropped
 * @param maxSegmentValues   {@code map.segment.max.values}: values kept per segment dimension
 * @param currentDays        {@code map.changes.current.days}: the current window of change detection
 * @param baselineDays       {@code map.changes.baseline.days}: the baseline window before it
 * @param fdr                {@code map.changes.fdr}: false-discovery rate controlled over a run's comparisons
 * @param minEffect          {@code map.changes.min.effect}: smallest |Cohen's h| reported
 * @param minCount           {@code map.changes.min.count}: fewest observations on each side to compare
 * @param changeSegments     {@code map.changes.segments}: the segments compared, {@code *} for all journeys
 * @param changeIntervalMinutes {@code map.changes.interval.minutes}: how often detection runs (0: only on request)
 * @param entryMinLift       {@code map.entry.min.lift}: smallest lift over baseline for an unexpected entry point
 * @param shapleyExactMax    {@code map.shapley.exact.max.channels}: most channels for exact Shapley values
 * @param shapleySamples     {@code map.shapley.samples}: permutations sampled beyond that
 */
record MapSettings(boolean enabled, int order, Duration inactivity, double halfLifeDays, long pollMillis, int batchSize,
        long flushMillis, long liveFlushMillis, int cursorCache, long leaseMillis, long gapGraceMillis, long dropGraceMillis, int maxSegmentValues,
        int currentDays, int baselineDays, double fdr, double minEffect, long minCount, List<Segment> changeSegments,
        long changeIntervalMinutes, double entryMinLift, int shapleyExactMax, int shapleySamples) {

    static MapSettings defaults() {
        return from(Map.of());
    }

    static MapSettings from(Map<String, ?> p) {
        List<Segment> segments = new ArrayList<>();
        for (String s : text(p, "map.changes.segments", "*").split(",")) {
            try {
                segments.add(Segment.parse(s.trim()));
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationException("map.changes.segments", e.getMessage());
            }
        }
        return new MapSettings(
                Boolean.parseBoolean(text(p, "map.enabled", "true")),
                integer(p, "map.order", 2, 2, 4),
                duration(p, "map.inactivity.window", "P14D"),
                decimal(p, "map.time.decay.half.life.days", 7, 0.01, 365),
                integer(p, "map.poll.interval.ms", 250, 10, 60_000),
                integer(p, "map.batch.size", 5000, 1, 100_000),
                integer(p, "map.flush.interval.ms", 10_000, 10, 600_000),
                integer(p, "map.live.flush.interval.ms", 2000, 0, 600_000),
                integer(p, "map.cursor.cache", 100_000, 100, 10_000_000),
                integer(p, "map.lease.ms", 30_000, 1000, 3_600_000),
                integer(p, "map.gap.grace.ms", 60_000, 0, 3_600_000),
                integer(p, "map.drop.grace.ms", 60_000, 0, 86_400_000),
                integer(p, "map.segment.max.values", 50, 1, 10_000),
                integer(p, "map.changes.current.days", 7, 1, 366),
                integer(p, "map.changes.baseline.days", 28, 1, 366),
                decimal(p, "map.changes.fdr", 0.05, 1e-6, 0.5),
                decimal(p, "map.changes.min.effect", 0.1, 0, 3.2),
                integer(p, "map.changes.min.count", 30, 1, 1_000_000),
                List.copyOf(segments),
                integer(p, "map.changes.interval.minutes", 15, 0, 10_080),
                decimal(p, "map.entry.min.lift", 1.5, 1, 1000),
                integer(p, "map.shapley.exact.max.channels", 15, 1, 20),
                integer(p, "map.shapley.samples", 20_000, 100, 10_000_000));
    }

    private static String text(Map<String, ?> p, String key, String fallback) {
        Object v = p.get(key);
        return v == null || v.toString().isBlank() ? fallback : v.toString().trim();
    }

    private static int integer(Map<String, ?> p, String key, int fallback, int min, int max) {
        String v = text(p, key, Integer.toString(fallback));
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new InvalidConfigurationException(key, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException(key, "must be a whole number");
        }
    }

    private static double decimal(Map<String, ?> p, String key, double fallback, double min, double max) {
        String v = text(p, key, Double.toString(fallback));
        try {
            double d = Double.parseDouble(v);
            if (!(d >= min && d <= max)) {
                throw new InvalidConfigurationException(key, "must be between " + min + " and " + max);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException(key, "must be a number");
        }
    }

    private static Duration duration(Map<String, ?> p, String key, String fallback) {
        try {
            Duration d = Duration.parse(text(p, key, fallback));
            if (d.isNegative() || d.isZero()) {
                throw new InvalidConfigurationException(key, "must be positive");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new InvalidConfigurationException(key, "must be an ISO-8601 duration such as P14D or PT12H");
        }
    }
}
