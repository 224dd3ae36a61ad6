package io.journeymap.journey.internal.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.journeymap.journey.internal.map.change.Significance;
import org.junit.jupiter.api.Test;

class SignificanceTest {

    @Test
    void twoProportionTestMatchesATextbookValue() {
        // 45/100 against 30/100: z = 2.1909, two-sided p = 0.02846
        assertThat(Significance.twoProportionP(45, 100, 30, 100)).isCloseTo(0.02846, within(1e-4));
        assertThat(Significance.twoProportionP(0, 0, 3, 10)).isEqualTo(1);
        assertThat(Significance.twoProportionP(0, 10, 0, 10)).isEqualTo(1);
    }

    @Test
    void benjaminiHochbergAdjustsInRankOrderAndStaysMonotone() {
        double[] q = Significance.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005});
        // sorted 0.005, 0.01, 0.03, 0.04 -> 0.02, 0.02, 0.04, 0.04
        assertThat(q).containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, within(1e-12));
    }

    @Test
    void cohensHIsZeroForEqualProportionsAndSignedByDirection() {
        assertThat(Significance.cohenH(0.3, 0.3)).isZero();
        assertThat(Significance.cohenH(0.2, 0.4)).isCloseTo(0.4421, within(1e-4));
        assertThat(Significance.cohenH(0.4, 0.2)).isNegative();
    }
}
