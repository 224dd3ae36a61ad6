package io.journeymap.identity.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FellegiSunterModelTest {

    // field a: exact m=0.8 u=0.1 (weight +3), different m=0.2 u=0.9; field b: exact m=0.5 u=0.125 (+2)
    private final FellegiSunterModel model = new FellegiSunterModel(List.of("a", "b"),
            new double[][] {{0.8, 0.2}, {0.5, 0.5}}, new double[][] {{0.1, 0.9}, {0.125, 0.875}}, 0.2);

    @Test
    void weightIsTheSumOfLog2LikelihoodRatios() {
        assertThat(model.weight(AgreementPattern.encode(new int[] {0, 0}))).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void aMissingFieldContributesNothing() {
        assertThat(model.weight(AgreementPattern.encode(new int[] {0, FieldComparator.MISSING}))).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void posteriorCombinesTheWeightWithTheMatchProportion() {
        // prior odds 0.2 / 0.8 = 1/4, times 2^5 = 8:1
        assertThat(model.probability(5.0)).isCloseTo(8.0 / 9.0, within(1e-9));
    }

    @Test
    void weightAtAProbabilityIsTheInverseOfProbability() {
        assertThat(model.weightAt(0.9)).isCloseTo(Math.log(9) / Math.log(2) + 2, within(1e-9));
        assertThat(model.probability(model.weightAt(0.9))).isCloseTo(0.9, within(1e-12));
    }
}
