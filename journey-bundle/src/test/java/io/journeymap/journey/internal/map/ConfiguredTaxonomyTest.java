package io.journeymap.journey.internal.map;

import static io.journeymap.journey.internal.map.MapEvents.identify;
import static io.journeymap.journey.internal.map.MapEvents.page;
import static io.journeymap.journey.internal.map.MapEvents.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.api.config.InvalidConfigurationException;
import io.journeymap.api.journey.Touchpoint;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfiguredTaxonomyTest {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private final ConfiguredTaxonomy defaults = ConfiguredTaxonomy.defaults();

    @Test
    void connectorEventsGetTheirDefaultTypesAndStages() {
        assertThat(defaults.classify(track("u", "Email Opened", AT))).get()
                .isEqualTo(new Touchpoint("email:open", "consideration", Touchpoint.Outcome.NONE));
        assertThat(defaults.classify(page("u", "/pricing/teams", AT))).get().extracting(Touchpoint::type).isEqualTo("web:pricing");
        assertThat(defaults.classify(page("u", "/blog/x", "cpc", AT))).get().extracting(Touchpoint::type)
                .isEqualTo("ads:search_click");
        assertThat(defaults.classify(track("u", "Ticket Created", AT))).get().extracting(Touchpoint::stage)
                .isEqualTo("consideration");
        assertThat(defaults.classify(track("u", "Deal Stage Changed", Map.of("dealstage", "closedwon"), AT))).get()
                .isEqualTo(new Touchpoint("crm:opportunity_won", "purchase", Touchpoint.Outcome.CONVERSION));
        assertThat(defaults.classify(track("u", "Opportunity Stage Changed", Map.of("stage", "Closed Lost"), AT))).get()
                .extracting(Touchpoint::outcome).isEqualTo(Touchpoint.Outcome.LOSS);
    }

    @Test
    void identifyIsNotATouchpointAndUnknownEventsStayBounded() {
        assertThat(defaults.classify(identify("u", AT))).isEmpty();
        assertThat(defaults.classify(track("u", "Something Nobody Configured " + System.nanoTime(), AT))).get()
                .extracting(Touchpoint::type).isEqualTo("other:event");
    }

    @Test
    void configuredRulesComeBeforeTheDefaultsAndStagesCanBeRedefined() {
        ConfiguredTaxonomy t = ConfiguredTaxonomy.from(Map.of(
                "taxonomy.rule.1", "event=Email Opened & property.campaign=winback -> email:winback_open",
                "taxonomy.stage.retention", "email:winback_open"));
        assertThat(t.classify(track("u", "Email Opened", Map.of("campaign", "WinBack"), AT))).get()
                .isEqualTo(new Touchpoint("email:winback_open", "retention", Touchpoint.Outcome.NONE));
        assertThat(t.classify(track("u", "Email Opened", AT))).get().extracting(Touchpoint::type).isEqualTo("email:open");
    }

    @Test
    void badConfigurationNamesItsKey() {
        assertThatThrownBy(() -> ConfiguredTaxonomy.from(Map.of("taxonomy.rule.3", "event=X => web:x")))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("taxonomy.rule.3");
        assertThatThrownBy(() -> ConfiguredTaxonomy.from(Map.of("taxonomy.rule.1", "colour=red -> web:x")))
                .hasMessageContaining("taxonomy.rule.1").hasMessageContaining("unknown field");
        assertThatThrownBy(() -> ConfiguredTaxonomy.from(Map.of("taxonomy.stage.loyalty", "web:x")))
                .hasMessageContaining("taxonomy.stage.loyalty");
        assertThatThrownBy(() -> ConfiguredTaxonomy.from(Map.of("taxonomy.conversions", "Order")))
                .hasMessageContaining("taxonomy.conversions");
        assertThatThrownBy(() -> ConfiguredTaxonomy.from(Map.of("taxonomy.losses", "web:order_completed")))
                .hasMessageContaining("taxonomy.losses");
    }
}
