package io.journeymap.identity.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberComparatorTest {

    private final PhoneNumberComparator comparator = new PhoneNumberComparator("AU");

    private int level(String left, String right) {
        return comparator.compare(comparator.normalise(left), comparator.normalise(right));
    }

    @Test
    void nationalAndInternationalFormsOfOneNumberAreExact() {
        assertThat(level("0412 345 678", "+61 412 345 678")).isEqualTo(0);
    }

    @Test
    void oneDigitWrongIsANearMiss() {
        assertThat(level("0412 345 678", "0412 345 679")).isEqualTo(1);
    }

    @Test
    void otherNumbersAreDifferent() {
        assertThat(level("0412 345 678", "0298 765 432")).isEqualTo(2);
    }
}
