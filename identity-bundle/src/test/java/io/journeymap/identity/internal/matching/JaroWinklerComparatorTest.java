package io.journeymap.identity.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JaroWinklerComparatorTest {

    private final JaroWinklerComparator comparator = new JaroWinklerComparator(0.92, 0.8);

    private int level(String left, String right) {
        return comparator.compare(comparator.normalise(left), comparator.normalise(right));
    }

    @Test
    void sameNameUpToCaseSpacesAndPunctuationIsExact() {
        assertThat(level("O'Brien ", "o brien")).isEqualTo(0);
    }

    @Test
    void accentsAreIgnored() {
        assertThat(level("Zoë", "zoe")).isEqualTo(0);
    }

    @Test
    void aTransposedLetterIsTheClosestNonExactLevel() {
        // Jaro-Winkler("michaela", "micheala") = 0.975
        assertThat(level("michaela", "micheala")).isEqualTo(1);
    }

    @Test
    void aDroppedLetterInAShortNameIsStillClose() {
        // Jaro-Winkler("jon", "john") = 0.933
        assertThat(level("jon", "john")).isEqualTo(1);
    }

    @Test
    void aMisspellingFallsInTheSecondBand() {
        // Jaro-Winkler("katherine", "catharine") = 0.85
        assertThat(level("katherine", "catharine")).isEqualTo(2);
    }

    @Test
    void unrelatedNamesAreDifferent() {
        assertThat(level("neumann", "painter")).isEqualTo(3);
        assertThat(comparator.levelName(3)).isEqualTo("different");
    }

    @Test
    void aMissingOrBlankValueIsMissingNotDifferent() {
        assertThat(level("neumann", null)).isEqualTo(FieldComparator.MISSING);
        assertThat(level(" - ", "neumann")).isEqualTo(FieldComparator.MISSING);
    }

    @Test
    void thresholdsMustDecrease() {
        assertThatThrownBy(() -> new JaroWinklerComparator(0.8, 0.9)).isInstanceOf(IllegalArgumentException.class);
    }
}
