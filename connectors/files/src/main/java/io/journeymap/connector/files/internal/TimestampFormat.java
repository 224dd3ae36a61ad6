package io.journeymap.connector.files.internal;

import io.journeymap.api.config.InvalidConfigurationException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How a timestamp column is written: {@code iso} (ISO-8601, with or without offset),
 * {@code epoch_seconds}, {@code epoch_millis}, or a {@link DateTimeFormatter} pattern such as
 * {@code dd/MM/yyyy HH:mm}. A value without an offset is read in the configured time zone.
 */
final class TimestampFormat {

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendPattern("[XXX][XX][X]").optionalEnd().toFormatter(Locale.ROOT);

    private final String spec;
    private final DateTimeFormatter formatter;
    private final ZoneId zone;

    private TimestampFormat(String spec, DateTimeFormatter formatter, ZoneId zone) {
        this.spec = spec;
        this.formatter = formatter;
        this.zone = zone;
    }

    /**
     * @param key  the configuration key, named when the value is invalid
     * @param spec {@code iso}, {@code epoch_seconds}, {@code epoch_millis} or a pattern
     * @param zone the zone of values without an offset
     */
    static TimestampFormat of(String key, String spec, ZoneId zone) {
        String s = spec == null || spec.isBlank() ? "iso" : spec.trim();
        switch (s.toLowerCase(Locale.ROOT)) {
            case "iso":
                return new TimestampFormat("iso", ISO, zone);
            case "epoch_seconds":
            case "epoch_millis":
                return new TimestampFormat(s.toLowerCase(Locale.ROOT), null, zone);
            default:
                try {
                    return new TimestampFormat(s, DateTimeFormatter.ofPattern(s, Locale.ROOT), zone);
                } catch (IllegalArgumentException e) {
                    throw new InvalidConfigurationException(key,
                            "must be iso, epoch_seconds, epoch_millis or a java.time pattern such as yyyy-MM-dd HH:mm:ss");
                }
        }
    }

    /** @return how the format was configured, for error messages */
    String spec() {
        return spec;
    }

    /**
     * @param text the column's value
     * @return the instant
     * @throws DateTimeException when the value is not in this format
     */
    Instant parse(String text) {
        if ("epoch_seconds".equals(spec) || "epoch_millis".equals(spec)) {
            try {
                long n = Long.parseLong(text.trim());
                return "epoch_seconds".equals(spec) ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
            } catch (NumberFormatException e) {
                throw new DateTimeException("not a whole number");
            }
        }
        TemporalAccessor t = formatter.parseBest(text.trim(), OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        if (t instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (t instanceof LocalDateTime l) {
            return ZonedDateTime.of(l, zone).toInstant();
        }
        return ((LocalDate) t).atStartOfDay(zone).toInstant();
    }
}
