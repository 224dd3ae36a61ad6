package io.journeymap.api.journey;

import java.util.Objects;

/**
 * A slice of journeys: those whose configured segment dimension had the given value when the
 * journey started, e.g. {@code country=DE} or {@code entry_channel=ads}.
 *
 * @param dimension a configured dimension, or {@code *} for all journeys
 * @param value     its value, or {@code *}
 */
public record Segment(String dimension, String value) {

    /** Every journey. */
    public static final Segment ALL = new Segment("*", "*");

    /** Both parts are required. */
    public Segment {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param text {@code dimension=value}, or null / blank / {@code *} for all journeys
     * @return the segment
     * @throws IllegalArgumentException naming the rule when the text has no {@code =}
     */
    public static Segment parse(String text) {
        if (text == null || text.isBlank() || text.equals("*")) {
            return ALL;
        }
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("segment must read dimension=value");
        }
        return new Segment(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
    }

    /** @return the key buckets are stored under */
    public String key() {
        return this.equals(ALL) ? "*" : dimension + "=" + value;
    }

    @Override
    public String toString() {
        return key();
    }
}
