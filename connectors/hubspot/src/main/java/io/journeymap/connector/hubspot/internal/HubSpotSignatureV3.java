package io.journeymap.connector.hubspot.internal;

import io.journeymap.connector.common.WebhookSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Checks HubSpot's v3 request signature: {@code X-HubSpot-Signature-v3} is
 * base64(HMAC-SHA256(client secret, method + URI + body + timestamp)), with the timestamp (epoch
 * milliseconds) from {@code X-HubSpot-Request-Timestamp}. Requests signed more than five minutes ago
 * are refused as possible replays. HubSpot signs the URI with a few reserved characters decoded, so
 * the same characters are decoded here before hashing.
 */
public final class HubSpotSignatureV3 {

    /** The signature header. */
    public static final String SIGNATURE_HEADER = "X-HubSpot-Signature-v3";
    /** The timestamp header, epoch milliseconds. */
    public static final String TIMESTAMP_HEADER = "X-HubSpot-Request-Timestamp";
    /** How old a signed request may be. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    // HubSpot's documented list of URL-encoded characters to decode in the request URI.
    private static final Map<String, String> DECODED = Map.ofEntries(Map.entry("%3A", ":"), Map.entry("%2F", "/"),
            Map.entry("%3F", "?"), Map.entry("%40", "@"), Map.entry("%21", "!"), Map.entry("%24", "$"),
            Map.entry("%27", "'"), Map.entry("%28", "("), Map.entry("%29", ")"), Map.entry("%2A", "*"),
            Map.entry("%2C", ","), Map.entry("%3B", ";"));

    /** Why a request was refused, or that it passed. */
    public enum Result {
        /** The signature matches and is fresh. */
        VALID,
        /** A header is missing. */
        MISSING_HEADER,
        /** The timestamp is not a number. */
        MALFORMED_TIMESTAMP,
        /** Signed more than five minutes from now. */
        EXPIRED,
        /** The signature does not match. */
        MISMATCH
    }

    private final String clientSecret;
    private final Clock clock;

    /**
     * @param clientSecret the app's client secret
     * @param clock        the current time
     */
    public HubSpotSignatureV3(String clientSecret, Clock clock) {
        if (clientSecret == null || clientSecret.isEmpty()) {
            throw new IllegalArgumentException("clientSecret is required");
        }
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    /**
     * @param method    the request method, e.g. {@code POST}
     * @param uri       the full URI HubSpot called, e.g. {@code https://hooks.example.com/hubspot?x=1}
     * @param body      the raw body as received (UTF-8), empty for none
     * @param timestamp the {@code X-HubSpot-Request-Timestamp} header
     * @param signature the {@code X-HubSpot-Signature-v3} header
     * @return whether the request is HubSpot's, and if not why
     */
    public Result verify(String method, String uri, byte[] body, String timestamp, String signature) {
        if (timestamp == null || signature == null || method == null || uri == null) {
            return Result.MISSING_HEADER;
        }
        long millis;
        try {
            millis = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Result.MALFORMED_TIMESTAMP;
        }
        if (!WebhookSignatures.withinTolerance(Instant.ofEpochMilli(millis), clock.instant(), MAX_AGE)) {
            return Result.EXPIRED;
        }
        String expected = sign(method, uri, body, timestamp.trim());
        return WebhookSignatures.constantTimeEquals(expected, signature.trim()) ? Result.VALID : Result.MISMATCH;
    }

    /**
     * @param method    the request method
     * @param uri       the full URI
     * @param body      the raw body
     * @param timestamp the timestamp header as sent
     * @return the v3 signature HubSpot would send
     */
    public String sign(String method, String uri, byte[] body, String timestamp) {
        String source = method + decodeReserved(uri) + new String(body == null ? new byte[0] : body,
                StandardCharsets.UTF_8) + timestamp;
        return WebhookSignatures.hmacSha256Base64(clientSecret, source);
    }

    static String decodeReserved(String uri) {
        StringBuilder out = new StringBuilder(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            if (uri.charAt(i) == '%' && i + 2 < uri.length()) {
                String decoded = DECODED.get(uri.substring(i, i + 3).toUpperCase(java.util.Locale.ROOT));
                if (decoded != null) {
                    out.append(decoded);
                    i += 2;
                    continue;
                }
            }
            out.append(uri.charAt(i));
        }
        return out.toString();
    }
}
