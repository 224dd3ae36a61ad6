package io.journeymap.identity.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitsComparatorTest {

    private final DigitsComparator comparator = new DigitsComparator(2);

    private int level(String left, String right) {
        return comparator.compare(comparator.normalise(left), comparator.normalise(right));
    }

    @Test
    void sameDigitsWithDifferentPunctuationAreExact() {
        assertThat(level("530-4218", "5304218")).isEqualTo(0);
    }

    @Test
    void levelIsTheNumberOfEditsUpToTheMaximum() {
        assertThat(level("5304218", "5304219")).isEqualTo(1);
        assertThat(level("5304218", "5302418")).isEqualTo(2);
        assertThat(comparator.levelName(2)).isEqualTo("2 edits");
    }

    @Test
    void moreEditsThanTheMaximumAreDifferent() {
        assertThat(level("5304218", "4066625")).isEqualTo(3);
    }

    @Test
    void aValueWithoutDigitsIsMissing() {
        assertThat(level("n/a", "5304218")).isEqualTo(FieldComparator.MISSING);
    }
}
