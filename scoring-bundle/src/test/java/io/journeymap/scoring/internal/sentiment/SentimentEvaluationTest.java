package io.journeymap.scoring.internal.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SentimentEvaluationTest {

    @Test
    void pearsonIsOneForALinearIncreaseMinusOneForADecreaseAndZeroForAConstant() {
        double[] x = {1, 2, 3, 4};
        assertThat(SentimentEvaluation.pearson(x, new double[] {-1, 1, 3, 5})).isCloseTo(1, within(1e-12));
        assertThat(SentimentEvaluation.pearson(x, new double[] {4, 3, 2, 1})).isCloseTo(-1, within(1e-12));
        assertThat(SentimentEvaluation.pearson(x, new double[] {2, 2, 2, 2})).isZero();
    }

    @Test
    void pearsonOfAHandComputedExample() {
        // x = 1,2,3; y = 1,3,2: cov 1, var x 2, var y 2 (sums) -> 0.5
        assertThat(SentimentEvaluation.pearson(new double[] {1, 2, 3}, new double[] {1, 3, 2})).isCloseTo(0.5,
                within(1e-12));
    }

    @Test
    void scoresWithinFiveHundredthsOfZeroAreNeutralBoundsIncluded() {
        assertThat(SentimentEvaluation.classOf(0.05)).isEqualTo(1);
        assertThat(SentimentEvaluation.classOf(-0.05)).isEqualTo(1);
        assertThat(SentimentEvaluation.classOf(0.0500001)).isEqualTo(2);
        assertThat(SentimentEvaluation.classOf(-0.06)).isEqualTo(0);
    }

    @Test
    void weightedF1OfPerfectPredictionsIsOne() {
        double[] v = {0.5, -0.5, 0.0, 0.3};
        assertThat(SentimentEvaluation.weightedF1(new double[] {0.9, -0.1, 0.01, 0.06}, v)).isEqualTo(1);
    }

    @Test
    void weightedF1WeighsEachClassByItsTrueCount() {
        // true: pos, pos, pos, neg; predicted: pos, pos, neg, neg
        double[] v = {0.5, 0.5, 0.5, -0.5};
        double[] p = {0.5, 0.5, -0.5, -0.5};
        // positive: tp 2, support 3, predicted 2 -> F1 0.8; negative: tp 1, support 1, predicted 2 -> 2/3
        double expected = (0.8 * 3 + 2.0 / 3 * 1) / 4;
        assertThat(SentimentEvaluation.weightedF1(p, v)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void aClassNeverPredictedCountsAsFOneZero() {
        double[] v = {0.0, 0.5};
        double[] p = {0.5, 0.5};
        // neutral: never predicted -> 0; positive: tp 1, support 1, predicted 2 -> 2/3
        assertThat(SentimentEvaluation.weightedF1(p, v)).isCloseTo((0 + 2.0 / 3) / 2, within(1e-12));
    }

    @Test
    void metricsAreNamedAsTheRegistryKeepsThem() {
        SentimentEvaluation.Metrics m = SentimentEvaluation.evaluate(new double[] {0.1, 0.2, -0.3},
                new double[] {0.2, 0.4, -0.5});
        assertThat(m.asMap()).containsOnlyKeys("pearson", "f1", "count").containsEntry("count", 3.0);
    }

    @Test
    void seriesOfDifferentLengthsAreRefused() {
        assertThatThrownBy(() -> SentimentEvaluation.pearson(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
