package io.journeymap.connector.common.segment;

import io.journeymap.api.event.Campaign;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ad attribution a landing URL carries: the utm_* parameters (campaign context) and the ad
 * platforms' click ids (gclid, gbraid, wbraid from Google Ads auto-tagging, fbclid from Meta, msclkid
 * from Microsoft Advertising), which become identifiers so a later click or conversion report naming
 * the same click joins this visitor.
 *
 * @param campaign the utm_* campaign, or null when the URL names none
 * @param clickIds the click ids, in the order the URL has them
 */
public record LandingParameters(Campaign campaign, List<Identifier> clickIds) {

    private static final Map<String, IdentifierType> CLICK_ID_PARAMETERS = Map.of(
            "gclid", IdentifierType.GCLID, "gbraid", IdentifierType.GBRAID, "wbraid", IdentifierType.WBRAID,
            "fbclid", IdentifierType.FBCLID, "msclkid", IdentifierType.MSCLKID);

    /** Nothing found. */
    public static final LandingParameters NONE = new LandingParameters(null, List.of());

    /** The list is copied. */
    public LandingParameters {
        clickIds = List.copyOf(clickIds);
    }

    /**
     * @param urlOrQuery a full URL, a path with a query, or a query string ({@code ?a=b} or {@code a=b}); may be null
     * @return what it carries; parameters that are not valid percent-encoding are skipped
     */
    public static LandingParameters parse(String urlOrQuery) {
        Map<String, String> query = query(urlOrQuery);
        if (query.isEmpty()) {
            return NONE;
        }
        List<Identifier> ids = new ArrayList<>();
        query.forEach((name, value) -> {
            IdentifierType type = CLICK_ID_PARAMETERS.get(name);
            if (type != null && !value.isBlank()) {
                ids.add(Identifier.of(type, value.trim()));
            }
        });
        Campaign campaign = new Campaign(query.get("utm_campaign"), query.get("utm_source"), query.get("utm_medium"),
                query.get("utm_term"), query.get("utm_content"));
        boolean anyUtm = campaign.name() != null || campaign.source() != null || campaign.medium() != null
                || campaign.term() != null || campaign.content() != null;
        return new LandingParameters(anyUtm ? campaign : null, ids);
    }

    /**
     * @param explicit the campaign the sender set (Segment's {@code context.campaign}), may be null
     * @return the sender's fields, each missing one filled from the URL: an SDK that sets the campaign
     *     knows better than our parsing, but a server-side sender often sets none
     */
    public Campaign mergeInto(Campaign explicit) {
        if (explicit == null) {
            return campaign;
        }
        if (campaign == null) {
            return explicit;
        }
        return new Campaign(first(explicit.name(), campaign.name()), first(explicit.source(), campaign.source()),
                first(explicit.medium(), campaign.medium()), first(explicit.term(), campaign.term()),
                first(explicit.content(), campaign.content()));
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    // The first value of each parameter name (lower case), decoded; the fragment is no part of the query.
    private static Map<String, String> query(String urlOrQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (urlOrQuery == null || urlOrQuery.isBlank()) {
            return out;
        }
        String s = urlOrQuery.trim();
        int q = s.indexOf('?');
        if (q >= 0) {
            s = s.substring(q + 1);
        } else if (s.contains("://") || s.startsWith("/")) {
            return out;
        }
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        for (String pair : s.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            try {
                String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (!value.isEmpty()) {
                    out.putIfAbsent(name, value);
                }
            } catch (IllegalArgumentException malformed) {
                // a broken %-escape: that parameter is unreadable, the others still count
            }
        }
        return out;
    }
}
