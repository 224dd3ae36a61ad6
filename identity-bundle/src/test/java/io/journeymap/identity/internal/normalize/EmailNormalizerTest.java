package io.journeymap.identity.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailNormalizerTest {

    private final EmailNormalizer normalizer = new EmailNormalizer(NormalizationRules.defaults());

    @Test
    void surroundingWhitespaceAndCaseAreRemoved() {
        assertThat(normalizer.normalize("  Jane.Doe@Example.COM\t")).isEqualTo(Outcome.accepted("jane.doe@example.com"));
    }

    @Test
    void copyPasteNoBreakSpaceAndByteOrderMarkAreRemoved() {
        assertThat(normalizer.normalize("\uFEFFjane.doe@example.com\u00A0")).isEqualTo(Outcome.accepted("jane.doe@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"John.Smith+newsletter@gmail.com", "johnsmith@gmail.com", "J.O.H.N.S.M.I.T.H@GMAIL.COM",
            "john.smith@googlemail.com", "JohnSmith+promo.2024@GoogleMail.com"})
    void gmailSpellingsOfOneMailboxNormaliseEqual(String spelling) {
        assertThat(normalizer.normalize(spelling)).isEqualTo(Outcome.accepted("johnsmith@gmail.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"outlook.com", "hotmail.com", "live.com", "icloud.com", "me.com", "fastmail.com",
            "protonmail.com", "proton.me", "pm.me", "protonmail.ch"})
    void plusTagIsStrippedButDotsAreKeptOnOtherProvidersDocumentingPlusAddressing(String domain) {
        assertThat(normalizer.normalize("jane.doe+shop@" + domain)).isEqualTo(Outcome.accepted("jane.doe@" + domain));
    }

    @Test
    void plusTagIsKeptWhereTheDomainIsNotKnownToIgnoreIt() {
        // On a company domain "sales+emea" may be a distinct mailbox.
        assertThat(normalizer.normalize("sales+emea@example.com")).isEqualTo(Outcome.accepted("sales+emea@example.com"));
    }

    @Test
    void dotsAreSignificantOutsideGmail() {
        assertThat(normalizer.normalize("jane.doe@example.com")).isNotEqualTo(normalizer.normalize("janedoe@example.com"));
    }

    @Test
    void yahooDisposableAddressIsNotFoldedIntoItsBaseName() {
        assertThat(normalizer.normalize("jdoe-shop@yahoo.com")).isEqualTo(Outcome.accepted("jdoe-shop@yahoo.com"));
    }

    @Test
    void configuredDomainsReplaceTheDefaults() {
        EmailNormalizer custom = new EmailNormalizer(new NormalizationRules("US", Set.of("Example.ORG"), Set.of()));

        assertThat(custom.normalize("a.b+c@example.org")).isEqualTo(Outcome.accepted("a.b@example.org"));
        assertThat(custom.normalize("a.b+c@gmail.com")).isEqualTo(Outcome.accepted("a.b+c@gmail.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "jane.doe", "jane@doe@example.com", "@example.com", "jane@", "jane@localhost",
            "jane doe@example.com", "jane@.example.com", "jane@example.com.", "jane@example..com", "+news@gmail.com",
            "...@gmail.com"})
    void malformedAddressesBreakTheFormatRule(String malformed) {
        assertThat(normalizer.normalize(malformed)).isEqualTo(Outcome.rejected("format"));
    }
}
