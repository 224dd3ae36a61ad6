package io.journeymap.connector.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.camel.HttpRejection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    private static final String ZENDESK_SECRET = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==";
    private static final String INTERCOM_SECRET = "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e";
    private static final byte[] BODY = "{\"type\":\"zen:event-type:ticket.created\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2025-11-28T09:12:05Z");

    private final ZendeskSignature zendesk = new ZendeskSignature(ZENDESK_SECRET, Duration.ofMinutes(5));
    private final IntercomSignature intercom = new IntercomSignature(INTERCOM_SECRET);

    @Test
    void zendeskSignsTimestampThenBodyWithHmacSha256InBase64() {
        // computed independently: printf '%s%s' "$ts" "$body" | openssl dgst -sha256 -hmac "$secret" -binary | base64
        assertThat(ZendeskSignature.sign("secret", "2025-11-28T09:12:01Z", "{}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ZendeskVectors.SECRET_TS_EMPTY_OBJECT);
    }

    @Test
    void aCorrectZendeskSignatureIsAccepted() throws Exception {
        String ts = "2025-11-28T09:12:01Z";
        zendesk.check(ZendeskSignature.sign(ZENDESK_SECRET, ts, BODY), ts, BODY, NOW);
    }

    @Test
    void aZendeskSignatureByAnotherSecretOrOverAnotherTimestampIsRefused() {
        String ts = "2025-11-28T09:12:01Z";
        assertThatThrownBy(() -> zendesk.check(ZendeskSignature.sign("another-secret-0123456789", ts, BODY), ts, BODY, NOW))
                .isInstanceOfSatisfying(HttpRejection.class, r -> assertThat(r.code()).isEqualTo("invalid_signature"));
        assertThatThrownBy(() -> zendesk.check(ZendeskSignature.sign(ZENDESK_SECRET, ts, BODY), "2025-11-28T09:12:02Z", BODY, NOW))
                .isInstanceOfSatisfying(HttpRejection.class, r -> assertThat(r.code()).isEqualTo("invalid_signature"));
    }

    @Test
    void aStaleZendeskSignatureIsRefused() {
        String ts = "2025-11-28T08:00:00Z";
        assertThatThrownBy(() -> zendesk.check(ZendeskSignature.sign(ZENDESK_SECRET, ts, BODY), ts, BODY, NOW))
                .isInstanceOfSatisfying(HttpRejection.class, r -> assertThat(r.code()).isEqualTo("stale_timestamp"));
    }

    @Test
    void missingZendeskHeadersAreRefused() {
        assertThatThrownBy(() -> zendesk.check(null, null, BODY, NOW))
                .isInstanceOfSatisfying(HttpRejection.class, r -> assertThat(r.code()).isEqualTo("missing_signature"));
    }

    @Test
    void intercomSignsTheBodyWithHmacSha1InHexAfterSha1Equals() {
        // computed independently: printf '%s' "$body" | openssl dgst -sha1 -hmac "$secret"
        assertThat(IntercomSignature.sign("secret", "{}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ZendeskVectors.INTERCOM_SECRET_EMPTY_OBJECT);
    }

    @Test
    void aCorrectIntercomSignatureIsAcceptedInAnyCaseAndAWrongOneRefused() throws Exception {
        intercom.check(IntercomSignature.sign(INTERCOM_SECRET, BODY), BODY);
        intercom.check(IntercomSignature.sign(INTERCOM_SECRET, BODY).toUpperCase().replace("SHA1=", "sha1="), BODY);
        assertThatThrownBy(() -> intercom.check(IntercomSignature.sign("another-secret-0123456789", BODY), BODY))
                .isInstanceOfSatisfying(HttpRejection.class, r -> assertThat(r.code()).isEqualTo("invalid_signature"));
        assertThatThrownBy(() -> intercom.check(null, BODY))
                .isInstanceOfSatisfying(HttpRejection.class, r -> assertThat(r.code()).isEqualTo("missing_signature"));
    }
}
