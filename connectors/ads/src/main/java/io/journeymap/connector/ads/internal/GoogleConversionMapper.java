package io.journeymap.connector.ads.internal;

import io.journeymap.api.event.Campaign;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.Violation;
import io.journeymap.connector.common.rows.RowOutcome;
import io.journeymap.connector.common.rows.SourceRow;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A row of Google Ads' offline conversion import template ({@code Google Click ID, Conversion Name,
 * Conversion Time, Conversion Value, Conversion Currency}; newer templates add {@code GBRAID} and
 * {@code WBRAID}) to {@code Ad Conversion}, joined by its click id. Conversion Time carries its offset
 * ({@code 2026-11-20 14:03:00+0100}) or is read in the template's {@code Parameters:TimeZone=}.
 */
final class GoogleConversionMapper implements AdRowMapper {

    /**
     * The time forms Google documents for imported conversions: ISO dates or US {@code MM/dd/yyyy}
     * or {@code Aug 14, 2012}, a space or {@code T}, a 24-hour or AM/PM time, and an optional offset
     * or {@code Z} ({@code 2012-08-14 17:01:54}, {@code 2012-08-14T17:01:54-07:00},
     * {@code 08/14/2012T5:01:54 PM}, {@code Aug 14, 2012 17:01:54}).
     */
    private static final List<DateTimeFormatter> TIMES = java.util.stream.Stream.of("yyyy-MM-dd", "MM/dd/yyyy",
            "MMM d, yyyy").flatMap(date -> java.util.stream.Stream.of("HH:mm:ss", "h:mm:ss a").map(time ->
                    new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(date)
                            .optionalStart().appendLiteral('T').optionalEnd()
                            .optionalStart().appendLiteral(' ').optionalEnd()
                            .appendPattern(time).optionalStart().appendPattern("[XXX][XX][X]").optionalEnd()
                            .toFormatter(Locale.US))).toList();

    private final ZoneId zone;
    private final Instant receivedAt;

    /** @param timeZone the template's TimeZone parameter (an offset such as {@code -0500} or a zone id), or null for UTC */
    GoogleConversionMapper(String timeZone, Instant receivedAt) {
        this.zone = zone(timeZone);
        this.receivedAt = receivedAt;
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneId.of("UTC");
        }
        String t = timeZone.trim();
        try {
            return t.matches("[+-]\\d{4}") ? ZoneId.of(t.substring(0, 3) + ":" + t.substring(3)) : ZoneId.of(t);
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    @Override
    public RowOutcome map(SourceRow row) {
        List<Violation> v = new ArrayList<>();
        List<Identifier> ids = new ArrayList<>();
        add(ids, IdentifierType.GCLID, row.text("Google Click ID"));
        add(ids, IdentifierType.GBRAID, row.text("GBRAID"));
        add(ids, IdentifierType.WBRAID, row.text("WBRAID"));
        if (ids.isEmpty()) {
            v.add(Violation.of("Google Click ID", "required", "a conversion needs its click id (or GBRAID / WBRAID)"));
        }
        String name = row.text("Conversion Name");
        if (name == null) {
            v.add(Violation.of("Conversion Name", "required", "a conversion needs its conversion action's name"));
        }
        Instant at = time(row.text("Conversion Time"), v);
        BigDecimal value = null;
        String valueText = row.text("Conversion Value");
        if (valueText != null) {
            try {
                value = new BigDecimal(valueText.replace(",", ""));
            } catch (NumberFormatException e) {
                v.add(Violation.of("Conversion Value", "number", "the value must be a number such as 120.50"));
            }
        }
        if (!v.isEmpty()) {
            return RowOutcome.rejected(v);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("platform", "google_ads");
        p.put("conversion_name", name);
        GoogleClickMapper.put(p, "value", value);
        GoogleClickMapper.put(p, "currency", row.text("Conversion Currency"));
        String clickId = ids.get(0).value();
        return AdEvents.event(AdEvents.id("gads-conv", clickId, name, at.toString()), AdEvents.AD_CONVERSION, at, receivedAt,
                ids, p, new Campaign(null, "google", "cpc", null, null), AdReport.GOOGLE_CONVERSIONS.instance());
    }

    private Instant time(String text, List<Violation> v) {
        if (text == null) {
            v.add(Violation.of("Conversion Time", "required", "a conversion needs its time"));
            return null;
        }
        for (DateTimeFormatter format : TIMES) {
            try {
                TemporalAccessor t = format.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
                return t instanceof OffsetDateTime o ? o.toInstant() : ((LocalDateTime) t).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        v.add(Violation.of("Conversion Time", "date-time",
                "the time must read yyyy-MM-dd HH:mm:ss or MM/dd/yyyy HH:mm:ss (or with AM/PM), with an optional offset"));
        return null;
    }

    private static void add(List<Identifier> ids, IdentifierType type, String value) {
        if (value != null) {
            ids.add(Identifier.of(type, value));
        }
    }
}
