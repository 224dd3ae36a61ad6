package io.journeymap.connector.support.internal;

import io.journeymap.api.config.ConfigRules;
import io.journeymap.api.config.InvalidConfigurationException;
import java.time.Duration;
import java.util.Optional;

/**
 * The support connector's configuration, checked: a bad value fails activation naming its key. An
 * empty secret is not an error; that sender's endpoint answers 503 until it is set.
 *
 * @param host              the address to bind
 * @param port              the HTTP port
 * @param zendeskSecret     Zendesk's signing secret, when set
 * @param zendeskTolerance  the largest accepted signature age
 * @param intercomSecret    the Intercom app's client secret, when set
 */
record SupportSettings(String host, int port, Optional<String> zendeskSecret, Duration zendeskTolerance,
        Optional<String> intercomSecret) {

    /** Shorter than this is no secret anyone issued; both vendors issue far longer ones. */
    private static final int MIN_SECRET_LENGTH = 16;

    static SupportSettings of(String host, int port, String zendeskSecret, int toleranceSeconds, String intercomSecret) {
        ConfigRules.requireText("http.host", host);
        ConfigRules.requireRange("http.port", port, 1, 65535);
        ConfigRules.requireRange("zendesk.timestamp.tolerance.seconds", toleranceSeconds, 1, 86_400);
        return new SupportSettings(host.trim(), port, secret("zendesk.signing.secret", zendeskSecret),
                Duration.ofSeconds(toleranceSeconds), secret("intercom.client.secret", intercomSecret));
    }

    private static Optional<String> secret(String key, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.trim().length() < MIN_SECRET_LENGTH) {
            throw new InvalidConfigurationException(key, "must be at least " + MIN_SECRET_LENGTH
                    + " characters: paste the secret the vendor shows");
        }
        return Optional.of(value.trim());
    }

    /** Never prints the secrets. */
    @Override
    public String toString() {
        return "SupportSettings[port=" + port + ", zendesk=" + zendeskSecret.isPresent() + ", intercom="
                + intercomSecret.isPresent() + "]";
    }
}
