package io.journeymap.connector.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.api.config.InvalidConfigurationException;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotSettingsTest {

    /** The configuration as DS builds it: each key from the map (dots for underscores), else its default. */
    static HubSpotConnectorConfig config(Map<String, Object> values) {
        return (HubSpotConnectorConfig) Proxy.newProxyInstance(HubSpotConnectorConfig.class.getClassLoader(),
                new Class<?>[] {HubSpotConnectorConfig.class}, (proxy, method, args) -> {
                    String key = method.getName().replace('_', '.');
                    return values.containsKey(key) ? values.get(key) : method.getDefaultValue();
                });
    }

    private static String keyOf(Map<String, Object> values) {
        try {
            HubSpotSettings.from(config(values));
            return null;
        } catch (InvalidConfigurationException e) {
            return e.key();
        }
    }

    @Test
    void theDefaultsLeaveTheSyncAndTheWebhookOff() {
        HubSpotSettings s = HubSpotSettings.from(config(Map.of()));
        assertThat(s.syncEnabled()).isFalse();
        assertThat(s.webhook()).isNull();
        assertThat(s.objectTypes()).hasSize(8);
    }

    @Test
    void eachBadValueNamesItsKey() {
        assertThat(keyOf(Map.of("object.types", "contacts,leads"))).isEqualTo("object.types");
        assertThat(keyOf(Map.of("base.url", "ftp://example.com"))).isEqualTo("base.url");
        assertThat(keyOf(Map.of("page.size", 101))).isEqualTo("page.size");
        assertThat(keyOf(Map.of("poll.interval.ms", 5L))).isEqualTo("poll.interval.ms");
        assertThat(keyOf(Map.of("start.date", "last tuesday"))).isEqualTo("start.date");
        assertThat(keyOf(Map.of("instance", "acme corp"))).isEqualTo("instance");
        assertThat(keyOf(Map.of("search.requests.per.second", 0.0))).isEqualTo("search.requests.per.second");
        assertThat(keyOf(Map.of("dead.letter.uri", "nowhere"))).isEqualTo("dead.letter.uri");
        assertThat(keyOf(Map.of("webhook.client.secret", "s", "webhook.port", 0))).isEqualTo("webhook.port");
        assertThat(keyOf(Map.of("webhook.client.secret", "s", "webhook.path", "hooks"))).isEqualTo("webhook.path");
        assertThat(keyOf(Map.of("webhook.client.secret", "s", "webhook.public.url", "hooks.example.com")))
                .isEqualTo("webhook.public.url");
    }

    @Test
    void secretsAppearNeitherInTheDescriptionNorInAnError() {
        HubSpotSettings s = HubSpotSettings.from(config(Map.of("access.token", "pat-na1-secret-token",
                "webhook.client.secret", "client-secret-value", "object.types", " deals , contacts,deals")));
        assertThat(s.syncEnabled()).isTrue();
        assertThat(s.objectTypes()).containsExactly(HubSpotObjectType.DEALS, HubSpotObjectType.CONTACTS);
        assertThat(s.toString()).doesNotContain("pat-na1-secret-token").doesNotContain("client-secret-value");
        assertThatThrownBy(() -> HubSpotSettings.from(config(Map.of("access.token", "pat-na1-secret-token",
                "page.size", 0)))).hasMessageNotContaining("pat-na1-secret-token").hasMessageContaining("page.size");
    }
}
