package io.journeymap.identity.internal;

import io.journeymap.api.config.InvalidConfigurationException;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.identity.internal.graph.IdentityRules;
import io.journeymap.identity.internal.graph.ProbabilisticLinking;
import io.journeymap.identity.internal.matching.MatchThresholds;
import io.journeymap.identity.internal.normalize.NormalizationRules;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code etc/io.journeymap.identity.cfg}: {@code phone.default.region}, and per identifier
 * type {@code limit.<type>} and {@code priority.<type>} (for example {@code limit.email = 3}).
 * A bad value is refused naming its key.
 *
 * @param rules         priorities and limits
 * @param normalization how identifiers are normalised
 * @param linking       probabilistic matching: {@code matching.auto.merge} (default false: every
 *                      likely pair is reviewed), {@code matching.upper} and {@code matching.lower}
 *                      (posterior probabilities, default 0.9 and 0.5)
 */
record IdentitySettings(IdentityRules rules, NormalizationRules normalization, ProbabilisticLinking linking) {

    static IdentitySettings from(Map<String, ?> properties) {
        IdentityRules rules = IdentityRules.defaults();
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("limit.") || key.startsWith("priority.")) {
                String typeName = key.substring(key.indexOf('.') + 1);
                IdentifierType type = IdentifierType.fromWireName(typeName)
                        .orElseThrow(() -> new InvalidConfigurationException(key, "unknown identifier type " + typeName));
                int value = integer(key, e.getValue());
                if (key.startsWith("limit.")) {
                    if (value < 1) {
                        throw new InvalidConfigurationException(key, "must be at least 1");
                    }
                    rules = rules.with(type, rules.priorities().get(type), value);
                } else {
                    rules = rules.with(type, value, rules.limits().get(type));
                }
            }
        }
        NormalizationRules defaults = NormalizationRules.defaults();
        String region = Optional.ofNullable(properties.get("phone.default.region")).map(Object::toString)
                .map(String::trim).orElse(defaults.defaultPhoneRegion());
        if (!region.matches("[A-Z]{2}")) {
            throw new InvalidConfigurationException("phone.default.region", "must be a two-letter ISO 3166 region, e.g. US");
        }
        NormalizationRules normalization;
        try {
            normalization = defaults.withDefaultPhoneRegion(region);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("phone.default.region", "must be a region libphonenumber knows, e.g. US or GB");
        }
        double upper = probability(properties, "matching.upper", 0.9);
        double lower = probability(properties, "matching.lower", 0.5);
        if (lower > upper) {
            throw new InvalidConfigurationException("matching.lower", "must not be above matching.upper");
        }
        Object auto = properties.get("matching.auto.merge");
        String autoText = auto == null ? "false" : auto.toString().trim();
        if (!autoText.equals("true") && !autoText.equals("false")) {
            throw new InvalidConfigurationException("matching.auto.merge", "must be true or false");
        }
        return new IdentitySettings(rules, normalization, new ProbabilisticLinking(Boolean.parseBoolean(autoText),
                MatchThresholds.posterior(upper, lower), normalization.defaultPhoneRegion()));
    }

    private static double probability(Map<String, ?> properties, String key, double fallback) {
        Object value = properties.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            double p = Double.parseDouble(value.toString().trim());
            if (p > 0 && p < 1) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidConfigurationException(key, "must be a probability between 0 and 1, exclusive");
    }

    private static int integer(String key, Object value) {
        try {
            return Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException(key, "must be a whole number");
        }
    }
}
