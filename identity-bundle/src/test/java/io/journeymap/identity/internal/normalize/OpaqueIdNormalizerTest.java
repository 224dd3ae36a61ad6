package io.journeymap.identity.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpaqueIdNormalizerTest {

    private final OpaqueIdNormalizer normalizer = new OpaqueIdNormalizer();

    @Test
    void idIsTrimmedAndKeepsItsCase() {
        assertThat(normalizer.normalize("  usr_9fA2kQ ")).isEqualTo(Outcome.accepted("usr_9fA2kQ"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a0", "0a", "10", "1", "n/a2", "nullable", "anonymous-7f3c", "0-1"})
    void valuesMerelyResemblingPlaceholdersAreKept(String value) {
        assertThat(normalizer.normalize(value)).isEqualTo(Outcome.accepted(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "null", "NULL", "(null)", "<null>", "undefined", "Undefined", "NaN", "None",
            "nil", "[object Object]", "n/a", "N/A", "na", "unknown", "Anonymous", "guest", "-1", "0", "000000", "-", "--",
            "00000000-0000-0000-0000-000000000000"})
    void placeholderValuesAreRefusedWhateverTheirCase(String value) {
        assertThat(normalizer.normalize(value)).isEqualTo(Outcome.rejected("placeholder-value"));
    }
}
