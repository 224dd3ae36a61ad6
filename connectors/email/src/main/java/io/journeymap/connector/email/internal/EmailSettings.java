package io.journeymap.connector.email.internal;

import io.journeymap.api.config.ConfigRules;
import io.journeymap.api.config.InvalidConfigurationException;
import io.journeymap.connector.common.EcdsaP256;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The email connector's configuration, checked: a bad value fails activation naming its key. An
 * empty key or secret is not an error; that sender's endpoint answers 503 until it is set.
 *
 * @param host               the address to bind
 * @param port               the HTTP port
 * @param sendGridKey        SendGrid's verification key, when set
 * @param sendGridTolerance  the largest accepted signature age
 * @param mailchimpSecret    the secret path segment of the Mailchimp URL, when set
 */
record EmailSettings(String host, int port, Optional<PublicKey> sendGridKey, Duration sendGridTolerance,
        Optional<String> mailchimpSecret) {

    /** URL-safe, and long enough that guessing it is hopeless. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    static EmailSettings of(String host, int port, String sendGridKey, int toleranceSeconds, String mailchimpSecret) {
        ConfigRules.requireText("http.host", host);
        ConfigRules.requireRange("http.port", port, 1, 65535);
        ConfigRules.requireRange("sendgrid.timestamp.tolerance.seconds", toleranceSeconds, 1, 86_400);
        Optional<PublicKey> key = Optional.empty();
        if (sendGridKey != null && !sendGridKey.isBlank()) {
            try {
                key = Optional.of(EcdsaP256.publicKey(sendGridKey));
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationException("sendgrid.public.key",
                        "must be SendGrid's verification key, base64 DER of a P-256 public key (" + e.getMessage() + ")");
            }
        }
        Optional<String> secret = Optional.empty();
        if (mailchimpSecret != null && !mailchimpSecret.isBlank()) {
            if (!SECRET.matcher(mailchimpSecret.trim()).matches()) {
                throw new InvalidConfigurationException("mailchimp.secret",
                        "must be 16 to 128 URL-safe characters: letters, digits, '-' or '_'");
            }
            secret = Optional.of(mailchimpSecret.trim());
        }
        return new EmailSettings(host.trim(), port, key, Duration.ofSeconds(toleranceSeconds), secret);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "EmailSettings[port=" + port + ", sendgrid=" + sendGridKey.isPresent() + ", mailchimp="
                + mailchimpSecret.isPresent() + "]";
    }
}
