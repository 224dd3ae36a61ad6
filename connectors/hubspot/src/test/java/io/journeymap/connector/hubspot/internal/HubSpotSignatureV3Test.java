package io.journeymap.connector.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.connector.hubspot.internal.HubSpotSignatureV3.Result;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HubSpotSignatureV3Test {

    private static final String SECRET = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
    private static final String TIMESTAMP = "1795860000000"; // 2026-11-28T10:00:00Z
    private static final String URI = "https://hooks.example.com/hubspot/webhook?portal=62515";
    private static final byte[] BODY = "[{\"eventId\":1,\"subscriptionType\":\"contact.propertyChange\",\"objectId\":512}]"
            .getBytes(StandardCharsets.UTF_8);
    // Computed independently: printf '%s' "POST${URI}${BODY}${TIMESTAMP}" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
    private static final String EXPECTED = "CY3TKaW7ZNbh5VzmpGqwNsg5hDIMo27A5tBKdM5QuZg=";

    private final HubSpotSignatureV3 verifier = new HubSpotSignatureV3(SECRET,
            Clock.fixed(Instant.ofEpochMilli(Long.parseLong(TIMESTAMP)).plusSeconds(30), ZoneOffset.UTC));

    @Test
    void signsMethodUriBodyAndTimestamp() {
        assertThat(verifier.sign("POST", URI, BODY, TIMESTAMP)).isEqualTo(EXPECTED);
    }

    @Test
    void acceptsAFreshMatchingSignature() {
        assertThat(verifier.verify("POST", URI, BODY, TIMESTAMP, EXPECTED)).isEqualTo(Result.VALID);
    }

    @Test
    void rejectsAChangedBody() {
        byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("512", "513").getBytes(StandardCharsets.UTF_8);
        assertThat(verifier.verify("POST", URI, tampered, TIMESTAMP, EXPECTED)).isEqualTo(Result.MISMATCH);
    }

    @Test
    void rejectsARequestSignedMoreThanFiveMinutesAgo() {
        HubSpotSignatureV3 later = new HubSpotSignatureV3(SECRET,
                Clock.fixed(Instant.ofEpochMilli(Long.parseLong(TIMESTAMP)).plusSeconds(301), ZoneOffset.UTC));
        assertThat(later.verify("POST", URI, BODY, TIMESTAMP, EXPECTED)).isEqualTo(Result.EXPIRED);
    }

    @Test
    void rejectsMissingOrMalformedHeaders() {
        assertThat(verifier.verify("POST", URI, BODY, null, EXPECTED)).isEqualTo(Result.MISSING_HEADER);
        assertThat(verifier.verify("POST", URI, BODY, TIMESTAMP, null)).isEqualTo(Result.MISSING_HEADER);
        assertThat(verifier.verify("POST", URI, BODY, "yesterday", EXPECTED)).isEqualTo(Result.MALFORMED_TIMESTAMP);
    }

    @Test
    void decodesTheReservedCharactersHubSpotDecodesBeforeSigning() {
        assertThat(HubSpotSignatureV3.decodeReserved("https://x.example/a%3Ab%2Fc%3Fd%40e%21%24%27%28%29%2A%2C%3B%20"))
                .isEqualTo("https://x.example/a:b/c?d@e!$'()*,;%20");
        String encoded = "https://hooks.example.com/hubspot/webhook%3Fportal=62515";
        assertThat(verifier.sign("POST", encoded, BODY, TIMESTAMP)).isEqualTo(EXPECTED);
    }
}
