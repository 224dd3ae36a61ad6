package io.journeymap.connector.email.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.camel.HttpRejection;
import io.journeymap.connector.common.EcdsaP256;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SendGridSignatureTest {

    private static final KeyPair SENDGRID = SendGridKeys.generate();
    private static final Instant NOW = Instant.ofEpochSecond(1_764_410_000L);
    private static final byte[] BODY = "[{\"email\":\"ada@example.com\",\"event\":\"open\"}]".getBytes(StandardCharsets.UTF_8);

    private final SendGridSignature verifier = new SendGridSignature(
            EcdsaP256.publicKey(Base64.getEncoder().encodeToString(SENDGRID.getPublic().getEncoded())), Duration.ofMinutes(5));

    @Test
    void aSignatureOverTimestampThenBodyVerifies() throws Exception {
        String ts = String.valueOf(NOW.getEpochSecond());
        verifier.check(SendGridKeys.sign(SENDGRID, ts, BODY), ts, BODY, NOW);
    }

    @Test
    void aTamperedBodyIsRefused() {
        String ts = String.valueOf(NOW.getEpochSecond());
        String signature = SendGridKeys.sign(SENDGRID, ts, BODY);
        byte[] tampered = "[{\"email\":\"eve@example.com\",\"event\":\"open\"}]".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> verifier.check(signature, ts, tampered, NOW))
                .isInstanceOfSatisfying(HttpRejection.class, r -> assertThat(r.code()).isEqualTo("invalid_signature"));
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() {
        String ts = String.valueOf(NOW.getEpochSecond());
        assertThatThrownBy(() -> verifier.check(SendGridKeys.sign(SendGridKeys.generate(), ts, BODY), ts, BODY, NOW))
                .isInstanceOfSatisfying(HttpRejection.class, r -> assertThat(r.status()).isEqualTo(401));
    }

    @Test
    void theTimestampIsPartOfWhatIsSigned() {
        String ts = String.valueOf(NOW.getEpochSecond());
        String signature = SendGridKeys.sign(SENDGRID, ts, BODY);
        String other = String.valueOf(NOW.getEpochSecond() - 1);
        assertThatThrownBy(() -> verifier.check(signature, other, BODY, NOW))
                .isInstanceOfSatisfying(HttpRejection.class, r -> assertThat(r.code()).isEqualTo("invalid_signature"));
    }

    @Test
    void aValidButStaleSignatureIsRefusedAsStale() {
        String old = String.valueOf(NOW.minusSeconds(301).getEpochSecond());
        assertThatThrownBy(() -> verifier.check(SendGridKeys.sign(SENDGRID, old, BODY), old, BODY, NOW))
                .isInstanceOfSatisfying(HttpRejection.class, r -> assertThat(r.code()).isEqualTo("stale_timestamp"));
    }

    @Test
    void missingHeadersAreRefused() {
        assertThatThrownBy(() -> verifier.check(null, "1", BODY, NOW))
                .isInstanceOfSatisfying(HttpRejection.class, r -> assertThat(r.code()).isEqualTo("missing_signature"));
        assertThatThrownBy(() -> verifier.check("abc", " ", BODY, NOW))
                .isInstanceOfSatisfying(HttpRejection.class, r -> assertThat(r.code()).isEqualTo("missing_signature"));
    }

    @Test
    void garbageSignatureIsRefusedNotThrown() {
        String ts = String.valueOf(NOW.getEpochSecond());
        assertThatThrownBy(() -> verifier.check("%%%not-base64", ts, BODY, NOW))
                .isInstanceOfSatisfying(HttpRejection.class, r -> assertThat(r.code()).isEqualTo("invalid_signature"));
    }
}
