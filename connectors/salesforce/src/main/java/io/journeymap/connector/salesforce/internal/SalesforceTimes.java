package io.journeymap.connector.salesforce.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * Salesforce's two date-time spellings. The REST API returns {@code 2024-03-05T14:07:31.000+0000}
 * (an offset without a colon, which {@link Instant#parse} refuses); a SOQL literal must be
 * {@code YYYY-MM-DDThh:mm:ssZ}, whole seconds, unquoted (SOQL reference, "Date Formats and Date
 * Literals in WHERE").
 */
final class SalesforceTimes {

    private static final DateTimeFormatter REST = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter();

    private static final DateTimeFormatter SOQL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private SalesforceTimes() {
    }

    /**
     * @param value a dateTime field as the REST API returns it, or ISO-8601
     * @return the instant, or null when the value is null, blank or not a date-time
     */
    static Instant parse(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.trim(), REST).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * @param at an instant
     * @return it as a SOQL dateTime literal, truncated to the second (SOQL takes no fractions)
     */
    static String soqlLiteral(Instant at) {
        return SOQL.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * @param at an instant
     * @return it as the REST API writes it, e.g. {@code 2024-03-05T14:07:31.000+0000}
     */
    static String restFormat(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC).format(at);
    }
}
