package io.journeymap.connector.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.api.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

class SupportSettingsTest {

    @Test
    void emptySecretsDisableTheirEndpointsWithoutFailing() {
        SupportSettings s = SupportSettings.of("0.0.0.0", 8083, "", 300, " ");
        assertThat(s.zendeskSecret()).isEmpty();
        assertThat(s.intercomSecret()).isEmpty();
    }

    @Test
    void aTooShortSecretNamesItsKeyAndNotItsValue() {
        assertThatThrownBy(() -> SupportSettings.of("0.0.0.0", 8083, "abc", 300, ""))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.key()).isEqualTo("zendesk.signing.secret"))
                .hasMessageNotContaining("abc");
        assertThatThrownBy(() -> SupportSettings.of("0.0.0.0", 8083, "", 300, "short"))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("intercom.client.secret");
    }

    @Test
    void outOfRangeNumbersNameTheirKeys() {
        assertThatThrownBy(() -> SupportSettings.of("0.0.0.0", 70000, "", 300, ""))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("http.port");
        assertThatThrownBy(() -> SupportSettings.of("0.0.0.0", 8083, "", 0, ""))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("zendesk.timestamp.tolerance.seconds");
    }

    @Test
    void secretsNeverPrint() {
        assertThat(SupportSettings.of("0.0.0.0", 8083, "zendesk-secret-0123456789", 300, "intercom-secret-0123456789")
                .toString()).doesNotContain("secret-0123456789");
    }
}
