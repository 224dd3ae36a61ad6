package io.journeymap.connector.support.internal;

import io.journeymap.camel.HttpRejection;
import io.journeymap.connector.common.WebhookSignatures;
import java.util.Locale;

/**
 * Intercom's webhook signature: {@code X-Hub-Signature: sha1=<hex HMAC-SHA1(client secret, raw body)>}.
 * Intercom signs no timestamp, so a replay cannot be told by age; it is harmless because each
 * notification maps to a stable message id and is stored once.
 */
final class IntercomSignature {

    static final String HEADER = "X-Hub-Signature";

    private final String secret;

    IntercomSignature(String secret) {
        this.secret = secret;
    }

    static String sign(String secret, byte[] body) {
        return "sha1=" + WebhookSignatures.hmacSha1Hex(secret, body);
    }

    /** @throws HttpRejection 401 when the header is missing or wrong */
    void check(String signature, byte[] body) throws HttpRejection {
        if (signature == null || signature.isBlank()) {
            throw new HttpRejection(401, "missing_signature", HEADER + " is required");
        }
        if (!WebhookSignatures.constantTimeEquals(sign(secret, body), signature.trim().toLowerCase(Locale.ROOT))) {
            throw new HttpRejection(401, "invalid_signature", "the signature does not match the configured client secret");
        }
    }
}
