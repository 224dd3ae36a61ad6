package io.journeymap.connector.common;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pieces every webhook signature check is built from (HubSpot, Stripe, Shopify, Slack …):
 * HMAC-SHA256 in base64 or hex, a comparison in constant time, and a timestamp tolerance against
 * replays.
 */
public final class WebhookSignatures {

    private WebhookSignatures() {
    }

    /**
     * @param secret  the shared secret, UTF-8
     * @param message the signed bytes
     * @return HMAC-SHA256 of the message
     */
    public static byte[] hmacSha256(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * HMAC-SHA1, which some senders still use (Intercom's {@code X-Hub-Signature}).
     *
     * @param secret  the shared secret, UTF-8
     * @param message the signed bytes
     * @return HMAC-SHA1 of the message in lower-case hex
     */
    public static String hmacSha1Hex(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    /**
     * @param secret the shared secret, UTF-8
     * @param parts  the signed bytes, in order (e.g. a timestamp header, then the raw body)
     * @return HMAC-SHA256 of the concatenated parts in standard base64
     */
    public static String hmacSha256Base64(String secret, byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            all.writeBytes(p);
        }
        return Base64.getEncoder().encodeToString(hmacSha256(secret, all.toByteArray()));
    }

    /**
     * @param secret  the shared secret, UTF-8
     * @param message the signed text, UTF-8
     * @return the HMAC in standard base64
     */
    public static String hmacSha256Base64(String secret, String message) {
        return Base64.getEncoder().encodeToString(hmacSha256(secret, message.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param secret  the shared secret, UTF-8
     * @param message the signed text, UTF-8
     * @return the HMAC in lower-case hex
     */
    public static String hmacSha256Hex(String secret, String message) {
        return HexFormat.of().formatHex(hmacSha256(secret, message.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Compares in time independent of where the values differ, so an attacker cannot find a valid
     * signature byte by byte.
     *
     * @param expected what we computed
     * @param given    what the sender sent, may be null
     * @return whether they are equal
     */
    public static boolean constantTimeEquals(String expected, String given) {
        return expected != null && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param signedAt  when the sender says it signed
     * @param now       the current time
     * @param tolerance the largest accepted difference, either way (clocks drift both ways)
     * @return whether the signature is fresh enough to accept; older ones may be replays
     */
    public static boolean withinTolerance(Instant signedAt, Instant now, Duration tolerance) {
        return Duration.between(signedAt, now).abs().compareTo(tolerance) <= 0;
    }
}
