package io.journeymap.connector.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    private static final String RFC4231_HEX = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    @Test
    void hmacMatchesTheRfc4231Vector() {
        assertThat(WebhookSignatures.hmacSha256Hex("Jefe", "what do ya want for nothing?")).isEqualTo(RFC4231_HEX);
        assertThat(WebhookSignatures.hmacSha256Base64("Jefe", "what do ya want for nothing?"))
                .isEqualTo("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=");
    }

    @Test
    void comparesExactly() {
        assertThat(WebhookSignatures.constantTimeEquals("abc", "abc")).isTrue();
        assertThat(WebhookSignatures.constantTimeEquals("abc", "abd")).isFalse();
        assertThat(WebhookSignatures.constantTimeEquals("abc", "abcd")).isFalse();
        assertThat(WebhookSignatures.constantTimeEquals("abc", null)).isFalse();
    }

    @Test
    void toleranceAppliesBothWays() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        Duration five = Duration.ofMinutes(5);
        assertThat(WebhookSignatures.withinTolerance(now.minus(five), now, five)).isTrue();
        assertThat(WebhookSignatures.withinTolerance(now.minus(five).minusMillis(1), now, five)).isFalse();
        assertThat(WebhookSignatures.withinTolerance(now.plus(Duration.ofMinutes(6)), now, five)).isFalse();
    }

    @Test
    void hmacSha1HexMatchesOpenssl() {
        // printf '%s' '{}' | openssl dgst -sha1 -hmac secret
        assertThat(WebhookSignatures.hmacSha1Hex("secret", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("5d61605c3feea9799210ddcb71307d4ba264225f");
    }

    @Test
    void hmacSha256Base64OverPartsIsOverTheirConcatenation() {
        // printf '%s%s' 2025-11-28T09:12:01Z '{}' | openssl dgst -sha256 -hmac secret -binary | base64
        assertThat(WebhookSignatures.hmacSha256Base64("secret",
                "2025-11-28T09:12:01Z".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("ffo33b0ROLA/CkKroxdnXj7MU88rC5issn9XIuu8uLI=")
                .isEqualTo(WebhookSignatures.hmacSha256Base64("secret", "2025-11-28T09:12:01Z{}"));
    }
}
