package io.journeymap.connector.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;

class EcdsaP256Test {

    // The verification example SendGrid's own libraries test against: key, signature, timestamp and payload.
    private static final String SENDGRID_KEY = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEDr2LjtURuePQzplybdC+u4Cwr"
            + "qDqBaWjcMMsTbhdbcwHBcepxo7yAQGhHPTnlvFYPAZFceEu/1FwCM/QmGUhA==";
    private static final String SENDGRID_SIGNATURE = "MEUCIQCtIHJeH93Y+qpYeWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8"
            + "xonZGi6BpSzoQsbVRamr2nlxFDWYNH2j/0=";
    private static final String SENDGRID_TIMESTAMP = "1588788367";
    private static final String SENDGRID_PAYLOAD = "{\"category\":\"example_payload\",\"event\":\"test_event\",\"message_id\":\"message_id\"}";

    private static byte[] signed(String timestamp, String payload) {
        return (timestamp + payload).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sendGridsPublishedExampleVerifiesOverTimestampThenPayload() {
        PublicKey key = EcdsaP256.publicKey(SENDGRID_KEY);
        assertThat(EcdsaP256.verify(key, signed(SENDGRID_TIMESTAMP, SENDGRID_PAYLOAD), SENDGRID_SIGNATURE)).isTrue();
    }

    @Test
    void sendGridsExampleFailsWithAnotherTimestampPayloadOrSignature() {
        PublicKey key = EcdsaP256.publicKey(SENDGRID_KEY);
        assertThat(EcdsaP256.verify(key, signed("1588788368", SENDGRID_PAYLOAD), SENDGRID_SIGNATURE)).isFalse();
        assertThat(EcdsaP256.verify(key, signed(SENDGRID_TIMESTAMP, "payload"), SENDGRID_SIGNATURE)).isFalse();
        String flipped = SENDGRID_SIGNATURE.replace("NH2j", "NH3j");
        assertThat(EcdsaP256.verify(key, signed(SENDGRID_TIMESTAMP, SENDGRID_PAYLOAD), flipped)).isFalse();
        assertThat(EcdsaP256.verify(key, signed(SENDGRID_TIMESTAMP, SENDGRID_PAYLOAD), "not base64 !")).isFalse();
        assertThat(EcdsaP256.verify(key, signed(SENDGRID_TIMESTAMP, SENDGRID_PAYLOAD), null)).isFalse();
    }

    @Test
    void aPemArmouredKeyIsAccepted() {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + SENDGRID_KEY.substring(0, 64) + "\n" + SENDGRID_KEY.substring(64)
                + "\n-----END PUBLIC KEY-----\n";
        assertThat(EcdsaP256.publicKey(pem)).isEqualTo(EcdsaP256.publicKey(SENDGRID_KEY));
    }

    @Test
    void anythingButAP256PublicKeyIsRefused() throws Exception {
        assertThatThrownBy(() -> EcdsaP256.publicKey("not base64 !")).hasMessageContaining("base64");
        assertThatThrownBy(() -> EcdsaP256.publicKey("bm90IGEga2V5")).isInstanceOf(IllegalArgumentException.class);
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String rsaKey = java.util.Base64.getEncoder().encodeToString(rsa.generateKeyPair().getPublic().getEncoded());
        assertThatThrownBy(() -> EcdsaP256.publicKey(rsaKey)).isInstanceOf(IllegalArgumentException.class);
        KeyPairGenerator p384 = KeyPairGenerator.getInstance("EC");
        p384.initialize(new java.security.spec.ECGenParameterSpec("secp384r1"));
        String p384Key = java.util.Base64.getEncoder().encodeToString(p384.generateKeyPair().getPublic().getEncoded());
        assertThatThrownBy(() -> EcdsaP256.publicKey(p384Key)).hasMessageContaining("P-256");
    }
}
