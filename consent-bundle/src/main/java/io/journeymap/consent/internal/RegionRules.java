package io.journeymap.consent.internal;

import io.journeymap.api.config.InvalidConfigurationException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Countries to regions, and each region's default for a purpose the ledger says nothing about:
 * opt-in (withheld until granted) or opt-out (permitted until refused).
 *
 * @param optIn    per region, per purpose: true when the purpose is opt-in there
 * @param fallback the region assumed when nothing names one
 */
public record RegionRules(Map<String, Map<String, Boolean>> optIn, String fallback) {

    /** The EU, EEA and UK region. */
    public static final String EU = "EU";
    /** The United States. */
    public static final String US = "US";
    /** Every other country. */
    public static final String OTHER = "OTHER";

    private static final List<String> REGIONS = List.of(EU, US, OTHER);

    /** EU members, the EEA (Iceland, Liechtenstein, Norway) and the UK. */
    private static final Set<String> EU_COUNTRIES = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
            "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO", "GB", "UK");

    static RegionRules from(Map<String, ?> properties, List<String> purposes) {
        Map<String, Map<String, Boolean>> optIn = new HashMap<>();
        for (String region : REGIONS) {
            boolean regionDefault = choice(properties, "region.default." + region, !region.equals(US));
            Map<String, Boolean> perPurpose = new HashMap<>();
            for (String purpose : purposes) {
                perPurpose.put(purpose, choice(properties, "region.default." + region + "." + purpose, regionDefault));
            }
            optIn.put(region, Map.copyOf(perPurpose));
        }
        for (String key : properties.keySet()) {
            if (key.startsWith("region.default.")) {
                String[] parts = key.substring("region.default.".length()).split("\\.", 2);
                if (!REGIONS.contains(parts[0])) {
                    throw new InvalidConfigurationException(key, "the region must be one of " + REGIONS);
                }
                if (parts.length == 2 && !purposes.contains(parts[1])) {
                    throw new InvalidConfigurationException(key, "names no configured purpose");
                }
            }
        }
        String fallback = ConsentSettings.text(properties, "region.fallback", US);
        if (!REGIONS.contains(fallback)) {
            throw new InvalidConfigurationException("region.fallback", "must be one of " + REGIONS);
        }
        return new RegionRules(Map.copyOf(optIn), fallback);
    }

    private static boolean choice(Map<String, ?> properties, String key, boolean fallback) {
        Object value = properties.get(key);
        if (value == null) {
            return fallback;
        }
        return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
            case "opt_in", "opt-in", "optin" -> true;
            case "opt_out", "opt-out", "optout" -> false;
            default -> throw new InvalidConfigurationException(key, "must be opt_in or opt_out");
        };
    }

    /**
     * @param country an ISO 3166 alpha-2 country code, any case
     * @return its region, or null when the code is not two letters
     */
    public static String regionOf(String country) {
        if (country == null) {
            return null;
        }
        String c = country.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{2}")) {
            return REGIONS.contains(c) ? c : null;
        }
        if (EU_COUNTRIES.contains(c)) {
            return EU;
        }
        return c.equals(US) ? US : OTHER;
    }

    /**
     * @param region  a region, or null for the fallback
     * @param purpose a purpose
     * @return true when the purpose is withheld there until granted
     */
    public boolean isOptIn(String region, String purpose) {
        Map<String, Boolean> r = optIn.get(region == null ? fallback : region);
        Boolean v = (r == null ? optIn.get(fallback) : r).get(purpose);
        return v == null || v;
    }

    /** @return the region used for a null region */
    public String effective(String region) {
        return region == null ? fallback : region;
    }
}
