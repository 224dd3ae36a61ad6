package io.journeymap.identity.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HubSpotContactIdNormalizerTest {

    private final HubSpotContactIdNormalizer normalizer = new HubSpotContactIdNormalizer();

    @ParameterizedTest
    @ValueSource(strings = {"51201", " 51201 ", "0051201"})
    void spellingsOfOneIdNormaliseEqual(String spelling) {
        assertThat(normalizer.normalize(spelling)).isEqualTo(Outcome.accepted("51201"));
    }

    @Test
    void idsBeyondTheRangeOfALongAreKept() {
        assertThat(normalizer.normalize("123456789012345678901234")).isEqualTo(Outcome.accepted("123456789012345678901234"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-51201", "51201.0", "5e4", "abc", "\u0665\u0661\u0662"})
    void anythingButAsciiDigitsBreaksTheDigitsRule(String value) {
        assertThat(normalizer.normalize(value)).isEqualTo(Outcome.rejected("digits"));
    }

    @Test
    void allZeroIdIsRefused() {
        assertThat(normalizer.normalize("0000")).isEqualTo(Outcome.rejected("zero"));
    }
}
