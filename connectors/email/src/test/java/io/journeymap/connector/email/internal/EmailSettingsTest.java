package io.journeymap.connector.email.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.api.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

class EmailSettingsTest {

    private static final String KEY = SendGridKeys.publicKeyBase64(SendGridKeys.generate());

    @Test
    void emptyKeyAndSecretDisableTheirEndpointsWithoutFailing() {
        EmailSettings s = EmailSettings.of("0.0.0.0", 8082, "", 300, "");
        assertThat(s.sendGridKey()).isEmpty();
        assertThat(s.mailchimpSecret()).isEmpty();
    }

    @Test
    void aValidKeyAndSecretAreTaken() {
        EmailSettings s = EmailSettings.of("0.0.0.0", 8082, KEY, 300, "mc-secret-0123456789");
        assertThat(s.sendGridKey()).isPresent();
        assertThat(s.mailchimpSecret()).contains("mc-secret-0123456789");
        assertThat(s.toString()).doesNotContain("mc-secret-0123456789");
    }

    @Test
    void aKeyThatIsNotAP256KeyNamesItsKey() {
        assertThatThrownBy(() -> EmailSettings.of("0.0.0.0", 8082, "bm90IGEga2V5", 300, ""))
                .isInstanceOfSatisfying(InvalidConfigurationException.class,
                        e -> assertThat(e.key()).isEqualTo("sendgrid.public.key"));
        assertThatThrownBy(() -> EmailSettings.of("0.0.0.0", 8082, "***", 300, ""))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("sendgrid.public.key");
    }

    @Test
    void aShortOrUnsafeSecretNamesItsKey() {
        assertThatThrownBy(() -> EmailSettings.of("0.0.0.0", 8082, "", 300, "short"))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("mailchimp.secret");
        assertThatThrownBy(() -> EmailSettings.of("0.0.0.0", 8082, "", 300, "has/a/slash/in/it/long"))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("mailchimp.secret");
    }

    @Test
    void outOfRangeNumbersNameTheirKeys() {
        assertThatThrownBy(() -> EmailSettings.of("0.0.0.0", 0, "", 300, ""))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("http.port");
        assertThatThrownBy(() -> EmailSettings.of("0.0.0.0", 8082, "", 0, ""))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("sendgrid.timestamp.tolerance.seconds");
    }
}
