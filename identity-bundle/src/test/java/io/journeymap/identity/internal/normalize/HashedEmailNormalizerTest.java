package io.journeymap.identity.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashedEmailNormalizerTest {

    /** SHA-256 of "jane.doe@example.com", computed outside Java. */
    private static final String JANE = "86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d";

    private final HashedEmailNormalizer normalizer = new HashedEmailNormalizer();

    @Test
    void upperCaseHexWithSurroundingWhitespaceIsLowerCasedAndTrimmed() {
        assertThat(normalizer.normalize(" " + JANE.toUpperCase() + "\n")).isEqualTo(Outcome.accepted(JANE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "jane.doe@example.com",
            "5d41402abc4b2a76b9719d911017c592", // MD5, 32 hex
            "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d", // SHA-1, 40 hex
            "86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133g",
            "86e0b9e56c17cc4d12387e1949b85053fbe73bc3ce5a1188713a9d300cc6133d00"})
    void anythingButSixtyFourHexDigitsBreaksTheSha256HexRule(String value) {
        assertThat(normalizer.normalize(value)).isEqualTo(Outcome.rejected("sha256-hex"));
    }

    @Test
    void hashOfTheEmptyStringIsRefusedBecauseItNamesNoOne() {
        assertThat(normalizer.normalize("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"))
                .isEqualTo(Outcome.rejected("hash-of-empty"));
    }
}
