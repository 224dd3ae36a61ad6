package io.journeymap.connector.email.internal;

import io.journeymap.camel.HttpRejection;
import io.journeymap.connector.common.EcdsaP256;
import io.journeymap.connector.common.WebhookSignatures;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;

/**
 * SendGrid's Signed Event Webhook: an ECDSA (P-256, SHA-256) signature, base64 DER in
 * {@code X-Twilio-Email-Event-Webhook-Signature}, over the value of
 * {@code X-Twilio-Email-Event-Webhook-Timestamp} (Unix seconds) followed by the raw body.
 */
final class SendGridSignature {

    static final String SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature";
    static final String TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp";

    private final PublicKey key;
    private final Duration tolerance;

    SendGridSignature(PublicKey key, Duration tolerance) {
        this.key = key;
        this.tolerance = tolerance;
    }

    /**
     * @throws HttpRejection 401 when a header is missing, the signature does not verify, or the
     *     timestamp is outside the tolerance (checked after the signature, so an unsigned caller
     *     learns nothing about our clock)
     */
    void check(String signature, String timestamp, byte[] body, Instant now) throws HttpRejection {
        if (signature == null || signature.isBlank() || timestamp == null || timestamp.isBlank()) {
            throw new HttpRejection(401, "missing_signature",
                    "both " + SIGNATURE_HEADER + " and " + TIMESTAMP_HEADER + " are required");
        }
        byte[] ts = timestamp.getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[ts.length + body.length];
        System.arraycopy(ts, 0, signed, 0, ts.length);
        System.arraycopy(body, 0, signed, ts.length, body.length);
        if (!EcdsaP256.verify(key, signed, signature)) {
            throw new HttpRejection(401, "invalid_signature", "the signature does not verify with the configured key");
        }
        Instant signedAt;
        try {
            signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new HttpRejection(401, "invalid_timestamp", TIMESTAMP_HEADER + " must be Unix seconds");
        }
        if (!WebhookSignatures.withinTolerance(signedAt, now, tolerance)) {
            throw new HttpRejection(401, "stale_timestamp", "the signature is older than "
                    + tolerance.toSeconds() + " s (or from the future); it may be a replay");
        }
    }
}
