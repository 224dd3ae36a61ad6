package io.journeymap.api.config;

/**
 * A configuration value broke its rule. The message names the key and the rule and never the
 * value, which may be a secret.
 */
public class InvalidConfigurationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String key;

    /**
     * @param key  the configuration key, e.g. {@code jdbc.url}
     * @param rule what the value must be, e.g. {@code must start with jdbc:h2: or jdbc:postgresql:}
     */
    public InvalidConfigurationException(String key, String rule) {
        super("invalid configuration '" + key + "': " + rule);
        this.key = key;
    }

    /** @return the key whose value is invalid */
    public String key() {
        return key;
    }
}
