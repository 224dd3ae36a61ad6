package io.journeymap.connector.ads.internal;

import io.journeymap.api.event.Campaign;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.Violation;
import io.journeymap.connector.common.rows.RowOutcome;
import io.journeymap.connector.common.rows.SourceRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Meta offline conversion row, in the Conversions API's parameter names ({@code event_name},
 * {@code event_time} in Unix seconds, {@code fbc}, {@code email}, {@code phone}, {@code value},
 * {@code currency}, {@code order_id}), to {@code Ad Conversion}. The click id is the last part of
 * {@code fbc} ({@code fb.1.<creation time>.<fbclid>}), or an {@code fbclid} column; email and phone
 * join too where the export has them. Meta reports no click-level rows, so clicks come from the
 * landing pages' fbclid.
 */
final class MetaConversionMapper implements AdRowMapper {

    private final Instant receivedAt;

    MetaConversionMapper(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    @Override
    public RowOutcome map(SourceRow row) {
        List<Violation> v = new ArrayList<>();
        List<Identifier> ids = new ArrayList<>();
        String fbclid = row.text("fbclid");
        String fbc = row.text("fbc");
        if (fbclid == null && fbc != null) {
            String[] parts = fbc.split("\\.", 4);
            if (parts.length == 4 && parts[0].equals("fb") && !parts[3].isBlank()) {
                fbclid = parts[3];
            } else {
                v.add(Violation.of("fbc", "fbc-format", "fbc must read fb.<subdomain index>.<creation time>.<fbclid>"));
            }
        }
        if (fbclid != null) {
            ids.add(Identifier.of(IdentifierType.FBCLID, fbclid));
        }
        if (row.text("email") != null) {
            ids.add(Identifier.of(IdentifierType.EMAIL, row.text("email")));
        }
        if (row.text("phone") != null) {
            ids.add(Identifier.of(IdentifierType.PHONE, row.text("phone")));
        }
        if (ids.isEmpty() && v.isEmpty()) {
            v.add(Violation.of("fbc", "identifier-required", "a conversion needs fbc, fbclid, email or phone"));
        }
        String name = row.text("event_name");
        if (name == null) {
            v.add(Violation.of("event_name", "required", "a conversion needs its event_name, e.g. Purchase"));
        }
        Instant at = null;
        String time = row.text("event_time");
        try {
            at = time == null ? null : Instant.ofEpochSecond(Long.parseLong(time));
        } catch (NumberFormatException e) {
            // reported below
        }
        if (at == null) {
            v.add(Violation.of("event_time", "unix-seconds", "event_time must be a Unix time in seconds"));
        }
        BigDecimal value = null;
        if (row.text("value") != null) {
            try {
                value = new BigDecimal(row.text("value"));
            } catch (NumberFormatException e) {
                v.add(Violation.of("value", "number", "value must be a number such as 142.52"));
            }
        }
        if (!v.isEmpty()) {
            return RowOutcome.rejected(v);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("platform", "meta");
        p.put("conversion_name", name);
        GoogleClickMapper.put(p, "value", value);
        GoogleClickMapper.put(p, "currency", row.text("currency"));
        GoogleClickMapper.put(p, "order_id", row.text("order_id"));
        String key = row.text("order_id") != null ? row.text("order_id") : ids.get(0).value() + "|" + at;
        return AdEvents.event(AdEvents.id("meta-conv", name, key), AdEvents.AD_CONVERSION, at, receivedAt, ids, p,
                new Campaign(null, "facebook", "paid_social", null, null), AdReport.META_CONVERSIONS.instance());
    }
}
