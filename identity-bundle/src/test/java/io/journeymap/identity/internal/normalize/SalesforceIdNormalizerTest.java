package io.journeymap.identity.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected 18-character ids were worked out by hand from Salesforce's algorithm (and cross-checked outside
 * Java), e.g. 00Q8c00001Rk3Tz: chunks 00Q8c / 00001 / Rk3Tz have upper-case letters at bits {2} / {} / {0,3},
 * values 4 / 0 / 9, suffix E A J.
 */
class SalesforceIdNormalizerTest {

    private static final String LEAD_15 = "00Q8c00001Rk3Tz";
    private static final String LEAD_18 = "00Q8c00001Rk3TzEAJ";
    private static final String CONTACT_15 = "0035g00000XyZaB";
    private static final String CONTACT_18 = "0035g00000XyZaBAAV";

    private final SalesforceIdNormalizer lead = SalesforceIdNormalizer.lead();
    private final SalesforceIdNormalizer contact = SalesforceIdNormalizer.contact();

    @ParameterizedTest
    @CsvSource({"a0D30000001n7Pi, EAI", "500x000000003TR, AAY", "0019000000B98de, AAB"})
    void checksumMatchesPublishedConversionExamples(String id15, String suffix) {
        assertThat(SalesforceIdNormalizer.checksum(id15)).isEqualTo(suffix);
    }

    @Test
    void fifteenCharacterLeadIdIsWrittenInItsEighteenCharacterForm() {
        assertThat(lead.normalize(LEAD_15)).isEqualTo(Outcome.accepted(LEAD_18));
    }

    @Test
    void fifteenCharacterContactIdIsWrittenInItsEighteenCharacterForm() {
        assertThat(contact.normalize(" " + CONTACT_15 + " ")).isEqualTo(Outcome.accepted(CONTACT_18));
    }

    @ParameterizedTest
    @ValueSource(strings = {LEAD_18, "00Q8c00001Rk3Tzeaj", "00q8c00001rk3tzeaj", "00Q8C00001RK3TZEAJ"})
    void eighteenCharacterLeadIdInAnyCaseNormalisesToTheSameId(String spelling) {
        assertThat(lead.normalize(spelling)).isEqualTo(Outcome.accepted(LEAD_18));
    }

    @Test
    void caseSensitiveIdsDifferingOnlyInCaseStayDifferent() {
        assertThat(contact.normalize("0035g00000xyzab")).isEqualTo(Outcome.accepted("0035g00000xyzabAAA"))
                .isNotEqualTo(contact.normalize(CONTACT_15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00Q8c00001Rk3TzEAA", "00Q8c00001Rk3TzAAJ",
            "00q8c00001rk3tzjaj", // J sets bit 0 of chunk 1, which is the digit '0'
            "00q8c00001rk3tz9aj"}) // 9 is not in the suffix alphabet
    void suffixThatDoesNotMatchTheIdBreaksTheChecksumRule(String id18) {
        assertThat(lead.normalize(id18)).isEqualTo(Outcome.rejected("checksum"));
    }

    @ParameterizedTest
    @ValueSource(strings = {CONTACT_15, CONTACT_18, "0015g00000AbCdE", "00q8c00001Rk3Tz"})
    void idOfAnotherObjectBreaksTheLeadKeyPrefixRule(String id) {
        assertThat(lead.normalize(id)).isEqualTo(Outcome.rejected("key-prefix"));
    }

    @Test
    void leadIdBreaksTheContactKeyPrefixRule() {
        assertThat(contact.normalize(LEAD_18)).isEqualTo(Outcome.rejected("key-prefix"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00Q8c00001Rk3T", "00Q8c00001Rk3TzE", "00Q8c00001Rk3TzEA", "00Q8c00001Rk3TzEAJX"})
    void idOfAnotherLengthBreaksTheLengthRule(String id) {
        assertThat(lead.normalize(id)).isEqualTo(Outcome.rejected("length"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00Q8c00001Rk3-z", "00Q8c00001Rk3\u00E9z", "00Q8c 0001Rk3Tz"})
    void idWithOtherCharactersBreaksTheAlphanumericRule(String id) {
        assertThat(lead.normalize(id)).isEqualTo(Outcome.rejected("alphanumeric"));
    }
}
