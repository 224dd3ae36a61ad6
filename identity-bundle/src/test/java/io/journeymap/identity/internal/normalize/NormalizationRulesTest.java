package io.journeymap.identity.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NormalizationRulesTest {

    @Test
    void defaultsReadUsNumbersAndIgnoreDotsOnlyAtGmail() {
        NormalizationRules rules = NormalizationRules.defaults();

        assertThat(rules.defaultPhoneRegion()).isEqualTo("US");
        assertThat(rules.dotInsensitiveDomains()).containsExactlyInAnyOrder("gmail.com", "googlemail.com");
        assertThat(rules.plusAddressingDomains()).contains("gmail.com", "outlook.com", "icloud.com", "fastmail.com", "proton.me")
                .doesNotContain("yahoo.com");
    }

    @Test
    void regionAndDomainsAreCanonicalised() {
        NormalizationRules rules = new NormalizationRules(" gb ", Set.of(" Example.ORG "), Set.of("GMAIL.com"));

        assertThat(rules.defaultPhoneRegion()).isEqualTo("GB");
        assertThat(rules.plusAddressingDomains()).containsExactly("example.org");
        assertThat(rules.dotInsensitiveDomains()).containsExactly("gmail.com");
    }

    @Test
    void unknownRegionFailsNamingTheSetting() {
        assertThatThrownBy(() -> new NormalizationRules("UK", Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defaultPhoneRegion").hasMessageContaining("UK");
    }
}
