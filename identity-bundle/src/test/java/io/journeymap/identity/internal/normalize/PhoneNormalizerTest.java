package io.journeymap.identity.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNormalizerTest {

    private final PhoneNormalizer us = new PhoneNormalizer(NormalizationRules.defaults());
    private final PhoneNormalizer gb = new PhoneNormalizer(NormalizationRules.defaults().withDefaultPhoneRegion("gb"));

    @ParameterizedTest
    @ValueSource(strings = {"+1 (415) 555-2671", "415.555.2671", "(415) 555-2671", "4155552671", "1-415-555-2671",
            "001 415 555 2671", "011 1 415 555 2671", "tel:+1-415-555-2671", " +14155552671 "})
    void usSpellingsOfOneNumberNormaliseToE164(String spelling) {
        assertThat(us.normalize(spelling)).isEqualTo(Outcome.accepted("+14155552671"));
    }

    @Test
    void extensionIsDropped() {
        assertThat(us.normalize("+1 415-555-2671 ext. 42")).isEqualTo(Outcome.accepted("+14155552671"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 20 7946 0958", "0044 20 7946 0958", "+44 (0)20 7946 0958", "011 44 20 7946 0958"})
    void ukNumberWrittenInternationallyIsReadWhateverTheDefaultRegion(String spelling) {
        assertThat(us.normalize(spelling)).isEqualTo(Outcome.accepted("+442079460958"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"020 7946 0958", "(020) 7946-0958", "+44 20 7946 0958", "00 44 20 7946 0958"})
    void ukNationalNumberIsReadWithAGbDefaultRegion(String spelling) {
        assertThat(gb.normalize(spelling)).isEqualTo(Outcome.accepted("+442079460958"));
    }

    @Test
    void ukMobileIsReadWithAGbDefaultRegion() {
        assertThat(gb.normalize("07400 123456")).isEqualTo(Outcome.accepted("+447400123456"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 123 456 7890", "415 555 267", "020 7946 0958", "+44 20 7946"})
    void numbersThatCannotBeDialledBreakTheInvalidRule(String number) {
        assertThat(us.normalize(number)).isEqualTo(Outcome.rejected("invalid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "call me maybe", "n/a", "+"})
    void textThatIsNoNumberBreaksTheUnparseableRule(String text) {
        assertThat(us.normalize(text)).isEqualTo(Outcome.rejected("unparseable"));
    }
}
