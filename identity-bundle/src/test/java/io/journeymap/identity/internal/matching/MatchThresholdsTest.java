package io.journeymap.identity.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchThresholdsTest {

    private final FellegiSunterModel model = new FellegiSunterModel(List.of("a"),
            new double[][] {{0.8, 0.2}}, new double[][] {{0.1, 0.9}}, 0.2);

    @Test
    void weightAtOrAboveTheUpperThresholdIsAMatch() {
        assertThat(MatchThresholds.weights(4, 0).classify(4, model)).isEqualTo(MatchClass.MATCH);
    }

    @Test
    void weightBetweenTheThresholdsGoesToReview() {
        assertThat(MatchThresholds.weights(4, 0).classify(3.99, model)).isEqualTo(MatchClass.REVIEW);
        assertThat(MatchThresholds.weights(4, 0).classify(0, model)).isEqualTo(MatchClass.REVIEW);
    }

    @Test
    void weightBelowTheLowerThresholdIsANonMatch() {
        assertThat(MatchThresholds.weights(4, 0).classify(-0.01, model)).isEqualTo(MatchClass.NON_MATCH);
    }

    @Test
    void posteriorThresholdsBecomeWeightsThroughTheMatchProportion() {
        MatchThresholds thresholds = MatchThresholds.posterior(0.9, 0.5);

        // prior log2 odds log2(0.2 / 0.8) = -2
        assertThat(thresholds.upperWeight(model)).isCloseTo(Math.log(9) / Math.log(2) + 2, within(1e-9));
        assertThat(thresholds.lowerWeight(model)).isCloseTo(2, within(1e-9));
        assertThat(thresholds.classify(3, model)).isEqualTo(MatchClass.REVIEW);
        assertThat(thresholds.classify(5.2, model)).isEqualTo(MatchClass.MATCH);
    }

    @Test
    void upperBelowLowerIsRefused() {
        assertThatThrownBy(() -> MatchThresholds.posterior(0.4, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
