package io.journeymap.connector.support.internal;

import io.journeymap.camel.HttpRejection;
import io.journeymap.connector.common.WebhookSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Zendesk's webhook signature: {@code X-Zendesk-Webhook-Signature} is base64(HMAC-SHA256(signing
 * secret, {@code X-Zendesk-Webhook-Signature-Timestamp} + raw body)); the timestamp is ISO-8601.
 */
final class ZendeskSignature {

    static final String SIGNATURE_HEADER = "X-Zendesk-Webhook-Signature";
    static final String TIMESTAMP_HEADER = "X-Zendesk-Webhook-Signature-Timestamp";

    private final String secret;
    private final Duration tolerance;

    ZendeskSignature(String secret, Duration tolerance) {
        this.secret = secret;
        this.tolerance = tolerance;
    }

    static String sign(String secret, String timestamp, byte[] body) {
        return WebhookSignatures.hmacSha256Base64(secret, timestamp.getBytes(StandardCharsets.UTF_8), body);
    }

    /** @throws HttpRejection 401 when a header is missing, the signature is wrong, or the timestamp is stale */
    void check(String signature, String timestamp, byte[] body, Instant now) throws HttpRejection {
        if (signature == null || signature.isBlank() || timestamp == null || timestamp.isBlank()) {
            throw new HttpRejection(401, "missing_signature",
                    "both " + SIGNATURE_HEADER + " and " + TIMESTAMP_HEADER + " are required");
        }
        if (!WebhookSignatures.constantTimeEquals(sign(secret, timestamp, body), signature.trim())) {
            throw new HttpRejection(401, "invalid_signature", "the signature does not match the configured signing secret");
        }
        Instant signedAt;
        try {
            signedAt = OffsetDateTime.parse(timestamp.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new HttpRejection(401, "invalid_timestamp", TIMESTAMP_HEADER + " must be ISO-8601");
        }
        if (!WebhookSignatures.withinTolerance(signedAt, now, tolerance)) {
            throw new HttpRejection(401, "stale_timestamp", "the signature is older than "
                    + tolerance.toSeconds() + " s (or from the future); it may be a replay");
        }
    }
}
