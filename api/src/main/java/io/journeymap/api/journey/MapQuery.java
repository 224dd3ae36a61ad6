package io.journeymap.api.journey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Which part of the map a question is about: a range of days (UTC, both ends included) and a
 * segment. Daily buckets in the range are merged to answer it.
 *
 * @param from    the first day
 * @param to      the last day
 * @param segment the segment, {@link Segment#ALL} for every journey
 */
public record MapQuery(LocalDate from, LocalDate to, Segment segment) {

    /** The longest range one query may merge. */
    public static final int MAX_DAYS = 732;

    /** A range must not run backwards nor exceed {@link #MAX_DAYS}. */
    public MapQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        segment = segment == null ? Segment.ALL : segment;
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from");
        }
        if (days(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("a range may span at most " + MAX_DAYS + " days");
        }
    }

    /** The range a question covers when it names none: the last 30 days. */
    public static final int DEFAULT_DAYS = 30;

    /**
     * Reads a query as users type it (REST parameters, shell options); every part is optional.
     *
     * @param from    first day, {@code YYYY-MM-DD}; default {@link #DEFAULT_DAYS} days before {@code to}
     * @param to      last day; default {@code today}
     * @param segment {@code dimension=value}; default every journey
     * @param today   the day a missing {@code to} means
     * @return the query
     * @throws IllegalArgumentException reading {@code field: rule} (and never the value)
     */
    public static MapQuery parse(String from, String to, String segment, LocalDate today) {
        LocalDate last = day("to", to, today);
        LocalDate first = day("from", from, last.minusDays(DEFAULT_DAYS - 1L));
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("to: must not be before from");
        }
        if (days(first, last) > MAX_DAYS) {
            throw new IllegalArgumentException("from: a range may span at most " + MAX_DAYS + " days");
        }
        Segment s;
        try {
            s = Segment.parse(segment);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("segment: " + e.getMessage());
        }
        return new MapQuery(first, last, s);
    }

    private static LocalDate day(String field, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(field + ": must be a date as YYYY-MM-DD");
        }
    }

    /** @return how many days the range spans */
    public long days() {
        return days(from, to);
    }

    /**
     * @param days how many days before this range the baseline should span
     * @return the range of the same segment ending the day before this one starts
     */
    public MapQuery before(int days) {
        return new MapQuery(from.minusDays(days), from.minusDays(1), segment);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
