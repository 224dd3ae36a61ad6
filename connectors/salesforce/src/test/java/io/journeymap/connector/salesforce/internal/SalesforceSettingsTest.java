package io.journeymap.connector.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.api.config.InvalidConfigurationException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalesforceSettingsTest {

    private static final Path DATA = Path.of("data");

    @Test
    void noCredentialsIsNotAnErrorButLeavesTheConnectorStopped() {
        assertThat(SalesforceSettings.of(TestConfigs.config(Map.of()), DATA).configured()).isFalse();
    }

    @Test
    void aPartialRefreshTokenSetupNamesTheMissingKeyAndNotTheSecret() {
        assertThatThrownBy(() -> SalesforceSettings.of(TestConfigs.config(Map.of("client.id", "abc",
                "client.secret", "s3cr3t-value")), DATA)).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("'refresh.token'").hasMessageNotContaining("s3cr3t-value");
    }

    @Test
    void badValuesNameTheirKeys() {
        assertThatThrownBy(() -> SalesforceSettings.of(TestConfigs.config(Map.of("login.url", "http://login.salesforce.com")),
                DATA)).hasMessageContaining("'login.url'");
        assertThatThrownBy(() -> SalesforceSettings.of(TestConfigs.config(Map.of("objects", "Lead,Account")), DATA))
                .hasMessageContaining("'objects'");
        assertThatThrownBy(() -> SalesforceSettings.of(TestConfigs.config(Map.of("backfill.from", "2024-01-01")), DATA))
                .hasMessageContaining("'backfill.from'");
        assertThatThrownBy(() -> SalesforceSettings.of(TestConfigs.config(Map.of("auth.type", "password")), DATA))
                .hasMessageContaining("'auth.type'");
        assertThatThrownBy(() -> SalesforceSettings.of(TestConfigs.config(Map.of("auth.type", "jwt", "client.id", "a",
                "jwt.username", "u@example.com", "jwt.keystore.path", "/nonexistent.p12")), DATA))
                .hasMessageContaining("'jwt.keystore.path'");
    }

    @Test
    void theStringFormNeverShowsSecrets() {
        SalesforceSettings s = SalesforceSettings.of(TestConfigs.config(Map.of("client.id", "abc",
                "client.secret", "the-consumer-secret", "refresh.token", "the-refresh-token")), DATA);
        assertThat(s.toString()).doesNotContain("the-consumer-secret", "the-refresh-token");
    }
}
