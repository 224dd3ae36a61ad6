package io.journeymap.consent.internal;

import io.journeymap.api.config.InvalidConfigurationException;
import io.journeymap.api.consent.Purposes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads {@code etc/io.journeymap.consent.cfg}. Every key has a default; a bad value is refused
 * naming its key.
 *
 * <ul>
 * <li>{@code purposes}: the purposes, comma-separated (default: analytics, personalization,
 *     email_marketing, sms_marketing, advertising)</li>
 * <li>{@code ingest.policy}: {@code anonymise} (default) or {@code drop}: what happens to an event
 *     whose person does not permit analytics</li>
 * <li>{@code region.default.<REGION>} and {@code region.default.<REGION>.<purpose>}: {@code opt_in}
 *     (nothing is permitted until granted) or {@code opt_out} (permitted until refused), for
 *     regions {@code EU} (EU, EEA and UK; default opt_in), {@code US} (default opt_out) and
 *     {@code OTHER} (every other country; default opt_in)</li>
 * <li>{@code region.fallback}: the region assumed when neither the event nor the ledger names one
 *     (default US; set EU for a strict installation)</li>
 * <li>{@code tcf.vendor.id}: our IAB vendor id; when set, a TC string permits a purpose only with
 *     vendor consent (or legitimate interest) for it too (default 0: not checked)</li>
 * <li>{@code tcf.purposes.<purpose>}: the TCF purposes (1–11) that must all be allowed for it
 *     (defaults: analytics 1,9; personalization 1,5,6; advertising 1,2,3,4,7)</li>
 * <li>{@code segment.category.<category>}: the purposes a Segment consent category stands for
 *     (defaults for Analytics, Advertising, Marketing, Personalization, Email and SMS; a category
 *     named like a purpose stands for it)</li>
 * <li>{@code optout.traits.<purpose>} and {@code optout.events.<purpose>}: traits set to true, and
 *     track events, that opt a person out (defaults: hs_email_optout, HasOptedOutOfEmail; Email
 *     Unsubscribed, Email Marked as Spam, unsubscribe, group_unsubscribe, spamreport)</li>
 * </ul>
 */
public record ConsentSettings(
        List<String> purposes,
        IngestPolicy ingestPolicy,
        RegionRules regions,
        int tcfVendorId,
        Map<String, Set<Integer>> tcfPurposes,
        Map<String, List<String>> segmentCategories,
        Map<String, List<String>> optOutTraits,
        Map<String, List<String>> optOutEvents) {

    /** What the ingest gate does with an event its person does not permit analytics for. */
    public enum IngestPolicy {
        /** Keep it only as an anonymous count. */
        ANONYMISE,
        /** Keep nothing. */
        DROP
    }

    private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /** @return the settings with every default */
    public static ConsentSettings defaults() {
        return from(Map.of());
    }

    /**
     * @param properties the configuration
     * @return the settings
     * @throws InvalidConfigurationException naming the key of a bad value
     */
    public static ConsentSettings from(Map<String, ?> properties) {
        List<String> purposes = list(properties, "purposes", Purposes.DEFAULTS);
        for (String p : purposes) {
            if (!PURPOSE.matcher(p).matches()) {
                throw new InvalidConfigurationException("purposes",
                        "each purpose must be lower case letters, digits and _ (at most 64), starting with a letter");
            }
        }
        if (!purposes.contains(Purposes.ANALYTICS)) {
            throw new InvalidConfigurationException("purposes", "must include analytics: the ingest gate asks for it");
        }
        IngestPolicy policy = switch (text(properties, "ingest.policy", "anonymise").toLowerCase(Locale.ROOT)) {
            case "anonymise", "anonymize" -> IngestPolicy.ANONYMISE;
            case "drop" -> IngestPolicy.DROP;
            default -> throw new InvalidConfigurationException("ingest.policy", "must be anonymise or drop");
        };
        RegionRules regions = RegionRules.from(properties, purposes);
        int vendor;
        try {
            vendor = Integer.parseInt(text(properties, "tcf.vendor.id", "0"));
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException("tcf.vendor.id", "must be a whole number");
        }
        if (vendor < 0 || vendor > 65535) {
            throw new InvalidConfigurationException("tcf.vendor.id", "must be between 0 (not checked) and 65535");
        }
        Map<String, Set<Integer>> tcf = new LinkedHashMap<>();
        putTcf(tcf, properties, purposes, Purposes.ANALYTICS, "1,9");
        putTcf(tcf, properties, purposes, Purposes.PERSONALIZATION, "1,5,6");
        putTcf(tcf, properties, purposes, Purposes.ADVERTISING, "1,2,3,4,7");
        for (String p : purposes) {
            putTcf(tcf, properties, purposes, p, null);
        }
        Map<String, List<String>> categories = new LinkedHashMap<>();
        categories.put("analytics", List.of(Purposes.ANALYTICS));
        categories.put("performance", List.of(Purposes.ANALYTICS));
        categories.put("advertising", List.of(Purposes.ADVERTISING));
        categories.put("marketing", List.of(Purposes.ADVERTISING, Purposes.EMAIL_MARKETING));
        categories.put("marketing and analytics", List.of(Purposes.ANALYTICS, Purposes.ADVERTISING));
        categories.put("personalization", List.of(Purposes.PERSONALIZATION));
        categories.put("personalisation", List.of(Purposes.PERSONALIZATION));
        categories.put("email", List.of(Purposes.EMAIL_MARKETING));
        categories.put("sms", List.of(Purposes.SMS_MARKETING));
        for (String p : purposes) {
            categories.put(p, List.of(p));
        }
        categories.values().removeIf(l -> !purposes.containsAll(l));
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            if (e.getKey().startsWith("segment.category.")) {
                String category = e.getKey().substring("segment.category.".length()).toLowerCase(Locale.ROOT);
                categories.put(category, purposesOf(e.getKey(), String.valueOf(e.getValue()), purposes));
            }
        }
        Map<String, List<String>> traits = new LinkedHashMap<>();
        Map<String, List<String>> events = new LinkedHashMap<>();
        if (purposes.contains(Purposes.EMAIL_MARKETING)) {
            traits.put(Purposes.EMAIL_MARKETING, List.of("hs_email_optout", "HasOptedOutOfEmail"));
            events.put(Purposes.EMAIL_MARKETING, List.of("Email Unsubscribed", "Email Marked as Spam", "unsubscribe",
                    "group_unsubscribe", "spamreport"));
        }
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            String key = e.getKey();
            for (String prefix : List.of("optout.traits.", "optout.events.")) {
                if (key.startsWith(prefix)) {
                    String purpose = key.substring(prefix.length());
                    if (!purposes.contains(purpose)) {
                        throw new InvalidConfigurationException(key, "names no configured purpose");
                    }
                    (prefix.equals("optout.traits.") ? traits : events).put(purpose, list(properties, key, List.of()));
                }
            }
        }
        return new ConsentSettings(List.copyOf(purposes), policy, regions, vendor, Map.copyOf(tcf),
                Map.copyOf(categories), Map.copyOf(traits), Map.copyOf(events));
    }

    private static void putTcf(Map<String, Set<Integer>> tcf, Map<String, ?> properties, List<String> purposes,
            String purpose, String fallback) {
        String key = "tcf.purposes." + purpose;
        Object value = properties.get(key);
        if (value == null && fallback == null) {
            return;
        }
        if (!purposes.contains(purpose)) {
            if (value != null) {
                throw new InvalidConfigurationException(key, "names no configured purpose");
            }
            return;
        }
        Set<Integer> ids = new TreeSet<>();
        for (String s : (value == null ? fallback : value.toString()).split(",")) {
            if (s.isBlank()) {
                continue;
            }
            try {
                int id = Integer.parseInt(s.trim());
                if (id < 1 || id > 24) {
                    throw new NumberFormatException();
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                throw new InvalidConfigurationException(key, "must list TCF purpose ids between 1 and 24");
            }
        }
        if (ids.isEmpty()) {
            tcf.remove(purpose);
        } else {
            tcf.put(purpose, Set.copyOf(ids));
        }
    }

    private static List<String> purposesOf(String key, String value, List<String> purposes) {
        List<String> out = new ArrayList<>();
        for (String p : value.split(",")) {
            String purpose = p.trim();
            if (purpose.isEmpty()) {
                continue;
            }
            if (!purposes.contains(purpose)) {
                throw new InvalidConfigurationException(key, "names no configured purpose: each must be one of " + purposes);
            }
            out.add(purpose);
        }
        return List.copyOf(out);
    }

    static String text(Map<String, ?> properties, String key, String fallback) {
        Object value = properties.get(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString().trim();
    }

    private static List<String> list(Map<String, ?> properties, String key, List<String> fallback) {
        Object value = properties.get(key);
        if (value == null) {
            return fallback;
        }
        return Arrays.stream(value.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
