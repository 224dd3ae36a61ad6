package io.journeymap.identity.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClickIdNormalizerTest {

    private final ClickIdNormalizer normalizer = new ClickIdNormalizer();

    @ParameterizedTest
    @ValueSource(strings = {"Cj0KCQiA-NHLBhDSARIsAIhe9X2Mv3Jx_q0aBkWd1Dc7cJxHqQhB4fC0aAl6zEALw_wcB",
        "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgE", "8f2d6a39c0a61d2fbd7e6b0f2c8a4e51",
        "0AAAAADlW8e9mF6YdI0eS4pV1k2Yx"})
    void platformTokensAreKeptAsIssued(String id) {
        assertThat(normalizer.normalize(" " + id + " ")).isEqualTo(Outcome.accepted(id));
    }

    @Test
    void aValueThatIsNoUrlTokenIsRefused() {
        assertThat(normalizer.normalize("abc def")).isEqualTo(Outcome.rejected("token"));
        assertThat(normalizer.normalize("abc%26utm_source%3Dx")).isEqualTo(Outcome.rejected("token"));
    }

    @Test
    void placeholdersAreRefusedAsForEveryOpaqueId() {
        assertThat(normalizer.normalize("undefined")).isEqualTo(Outcome.rejected("placeholder-value"));
    }
}
