package io.journeymap.connector.ads.internal;

import io.journeymap.connector.common.rows.CsvRows;
import java.util.Locale;
import java.util.Optional;

/** The report files the drop folder understands, told apart by their file names. */
enum AdReport {
    /** Google Ads click_view rows (one per click, with its gclid), columns named by their GAQL fields. */
    GOOGLE_CLICKS("google-ads-clicks"),
    /** Google Ads' offline conversion import template: Google Click ID, Conversion Name, Conversion Time … */
    GOOGLE_CONVERSIONS("google-ads-conversions"),
    /** Meta offline conversions as uploaded to an offline event set / the Conversions API: event_name, event_time, fbc … */
    META_CONVERSIONS("meta-conversions");

    private final String prefix;

    AdReport(String prefix) {
        this.prefix = prefix;
    }

    /** @return the file name pattern, e.g. {@code google-ads-clicks*.csv} */
    String pattern() {
        return prefix + "*.csv";
    }

    /** @return the events' source instance, e.g. {@code google-ads-clicks} */
    String instance() {
        return prefix;
    }

    static Optional<AdReport> forFile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        for (AdReport r : values()) {
            if (n.startsWith(r.prefix) && n.endsWith(".csv")) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** @return the mapper for one file of this report */
    AdRowMapper mapper(CsvRows csv, AdsSettings settings, java.time.Instant receivedAt) {
        return switch (this) {
            case GOOGLE_CLICKS -> new GoogleClickMapper(settings.googleAdsZone(), receivedAt);
            case GOOGLE_CONVERSIONS -> new GoogleConversionMapper(csv.parameters().get("timezone"), receivedAt);
            case META_CONVERSIONS -> new MetaConversionMapper(receivedAt);
        };
    }
}
