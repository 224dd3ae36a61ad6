package io.journeymap.identity.internal;

import io.journeymap.api.config.InvalidConfigurationException;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.identity.internal.graph.IdentityRules;
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
 */
record IdentitySettings(IdentityRules rules, NormalizationRules normalization) {

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
        try {
            return new IdentitySettings(rules, defaults.withDefaultPhoneRegion(region));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("phone.default.region", "must be a region libphonenumber knows, e.g. US or GB");
        }
    }

    private static int integer(String key, Object value) {
        try {
            return Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException(key, "must be a whole number");
        }
    }
}
