package io.journeymap.identity.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateComparatorTest {

    private final DateComparator comparator = new DateComparator();

    private int level(String left, String right) {
        return comparator.compare(comparator.normalise(left), comparator.normalise(right));
    }

    @Test
    void sameDateInDifferentWritingsIsExact() {
        assertThat(level("1915-11-1", "19151101")).isEqualTo(0);
        assertThat(level("1915/11/01", "19151101")).isEqualTo(0);
    }

    @Test
    void oneDigitKeyedWrongIsATypo() {
        assertThat(level("19151111", "19151171")).isEqualTo(1);
    }

    @Test
    void dayAndMonthSwappedIsATypoOrSwap() {
        assertThat(level("19650310", "19651003")).isEqualTo(1);
    }

    @Test
    void twoPartsAgreeingIsOnePartDiffers() {
        assertThat(level("19650310", "19820310")).isEqualTo(2);
    }

    @Test
    void aDroppedDigitIsATypoEvenThoughTheDateNoLongerParses() {
        assertThat(level("19650310", "1965310")).isEqualTo(1);
    }

    @Test
    void unrelatedDatesAreDifferent() {
        assertThat(level("19650310", "19820723")).isEqualTo(3);
    }

    @Test
    void aMissingDateIsMissing() {
        assertThat(level("19650310", "")).isEqualTo(FieldComparator.MISSING);
    }
}
