package io.journeymap.connector.ads.internal;

import io.journeymap.api.event.Campaign;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.Violation;
import io.journeymap.connector.common.rows.RowOutcome;
import io.journeymap.connector.common.rows.SourceRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Google Ads click_view row (one click) to {@code Ad Clicked}, joined to the visitor by its gclid.
 * click_view is reported by day only, so the event sits at the start of that day in the account's
 * time zone; the landing page event keeps the exact time.
 */
final class GoogleClickMapper implements AdRowMapper {

    /** Column names: GAQL field names in a CSV export, the API's JSON paths in a pull. */
    record Columns(String gclid, String date, String campaignId, String campaignName, String adGroupId,
            String adGroupName, String clickType, String device) {
    }

    static final Columns CSV = new Columns("click_view.gclid", "segments.date", "campaign.id", "campaign.name",
            "ad_group.id", "ad_group.name", "segments.click_type", "segments.device");
    static final Columns API = new Columns("clickView.gclid", "segments.date", "campaign.id", "campaign.name",
            "adGroup.id", "adGroup.name", "segments.clickType", "segments.device");

    private final Columns columns;
    private final ZoneId zone;
    private final Instant receivedAt;

    GoogleClickMapper(ZoneId zone, Instant receivedAt) {
        this(CSV, zone, receivedAt);
    }

    GoogleClickMapper(Columns columns, ZoneId zone, Instant receivedAt) {
        this.columns = columns;
        this.zone = zone;
        this.receivedAt = receivedAt;
    }

    @Override
    public RowOutcome map(SourceRow row) {
        List<Violation> v = new ArrayList<>();
        String gclid = row.text(columns.gclid());
        if (gclid == null) {
            v.add(Violation.of(columns.gclid(), "required", "a click row needs its gclid"));
        }
        Instant day = null;
        String date = row.text(columns.date());
        if (date == null) {
            v.add(Violation.of(columns.date(), "required", "a click row needs its date"));
        } else {
            try {
                day = LocalDate.parse(date).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException e) {
                v.add(Violation.of(columns.date(), "date", "the date must read YYYY-MM-DD"));
            }
        }
        if (!v.isEmpty()) {
            return RowOutcome.rejected(v);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("platform", "google_ads");
        put(p, "campaign_id", row.text(columns.campaignId()));
        put(p, "campaign_name", row.text(columns.campaignName()));
        put(p, "ad_group_id", row.text(columns.adGroupId()));
        put(p, "ad_group_name", row.text(columns.adGroupName()));
        put(p, "click_type", row.text(columns.clickType()));
        put(p, "device", row.text(columns.device()));
        p.put("click_date", date);
        Campaign campaign = new Campaign(row.text(columns.campaignName()), "google", "cpc", null, null);
        return AdEvents.event("gads-click-" + gclid, AdEvents.AD_CLICKED, day, receivedAt,
                List.of(Identifier.of(IdentifierType.GCLID, gclid)), p, campaign, AdReport.GOOGLE_CLICKS.instance());
    }

    static void put(Map<String, Object> p, String key, Object value) {
        if (value != null) {
            p.put(key, value);
        }
    }
}
