package io.journeymap.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writeKeyWithEmptyPasswordIsTheUser() {
        assertThat(BasicCredentials.parse(basic("wk_123:"))).contains(new BasicCredentials("wk_123", ""));
    }

    @Test
    void passwordMayContainColons() {
        assertThat(BasicCredentials.parse(basic("admin:a:b"))).contains(new BasicCredentials("admin", "a:b"));
    }

    @Test
    void schemeIsCaseInsensitive() {
        assertThat(BasicCredentials.parse("basic " + Base64.getEncoder().encodeToString("k:".getBytes())))
                .contains(new BasicCredentials("k", ""));
    }

    @Test
    void missingOrMalformedHeaderGivesNothing() {
        assertThat(BasicCredentials.parse(null)).isEmpty();
        assertThat(BasicCredentials.parse("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.parse("Basic %%%")).isEmpty();
    }

    @Test
    void toStringHidesSecrets() {
        assertThat(new BasicCredentials("wk", "pw").toString()).doesNotContain("wk").doesNotContain("pw");
    }
}
