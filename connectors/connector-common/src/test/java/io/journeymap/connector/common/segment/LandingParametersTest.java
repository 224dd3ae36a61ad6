package io.journeymap.connector.common.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.event.Campaign;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import org.junit.jupiter.api.Test;

/** Landing URLs as the ad platforms' auto-tagging writes them. */
class LandingParametersTest {

    @Test
    void googleAutoTaggingOnAnIosCampaignYieldsGbraidAndWbraid() {
        LandingParameters p = LandingParameters.parse(
                "https://www.example.com/app?gbraid=0AAAAADlW8e9mF6YdI0eS4pV1k2Yx&wbraid=ClkKCQjw&gad_source=1");
        assertThat(p.clickIds()).containsExactly(Identifier.of(IdentifierType.GBRAID, "0AAAAADlW8e9mF6YdI0eS4pV1k2Yx"),
                Identifier.of(IdentifierType.WBRAID, "ClkKCQjw"));
        assertThat(p.campaign()).isNull();
    }

    @Test
    void utmParametersAreDecodedAndMatchedWhateverTheirCase() {
        LandingParameters p = LandingParameters.parse("?UTM_Source=newsletter&utm_medium=email&utm_campaign=Black+Friday%202026&utm_content=hero");
        assertThat(p.campaign()).isEqualTo(new Campaign("Black Friday 2026", "newsletter", "email", null, "hero"));
    }

    @Test
    void theFirstValueOfARepeatedParameterCountsAndTheFragmentIsIgnored() {
        LandingParameters p = LandingParameters.parse("https://x.test/?gclid=first&gclid=second#utm_source=nope");
        assertThat(p.clickIds()).containsExactly(Identifier.of(IdentifierType.GCLID, "first"));
        assertThat(p.campaign()).isNull();
    }

    @Test
    void aBrokenEscapeSkipsOnlyThatParameter() {
        LandingParameters p = LandingParameters.parse("https://x.test/?utm_source=%zz&msclkid=abc123");
        assertThat(p.clickIds()).containsExactly(Identifier.of(IdentifierType.MSCLKID, "abc123"));
        assertThat(p.campaign()).isNull();
    }

    @Test
    void aUrlWithoutQueryOrNoUrlAtAllCarriesNothing() {
        assertThat(LandingParameters.parse("https://x.test/pricing")).isEqualTo(LandingParameters.NONE);
        assertThat(LandingParameters.parse(null)).isEqualTo(LandingParameters.NONE);
        assertThat(LandingParameters.parse("/pricing")).isEqualTo(LandingParameters.NONE);
    }
}
