package io.journeymap.api.config;

/** The checks every bundle's configuration uses, so each rule reads the same everywhere. */
public final class ConfigRules {
    private ConfigRules() {
    }

    /**
     * @param key   the key
     * @param value its value
     * @return the value
     * @throws InvalidConfigurationException when blank
     */
    public static String requireText(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationException(key, "must not be empty");
        }
        return value.trim();
    }

    /**
     * @param key   the key
     * @param value its value
     * @param min   the least allowed
     * @param max   the most allowed
     * @return the value
     * @throws InvalidConfigurationException when out of range
     */
    public static int requireRange(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidConfigurationException(key, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }
}
