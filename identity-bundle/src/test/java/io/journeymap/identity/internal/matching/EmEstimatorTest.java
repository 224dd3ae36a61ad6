package io.journeymap.identity.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EmEstimatorTest {

    private static final List<String> FIELDS = List.of("name", "city", "birth", "id");
    private static final double[][] M = {
            {0.85, 0.10, 0.05},
            {0.90, 0.10},
            {0.70, 0.20, 0.05, 0.05},
            {0.95, 0.05}};
    private static final double[][] U = {
            {0.05, 0.10, 0.85},
            {0.20, 0.80},
            {0.01, 0.04, 0.15, 0.80},
            {0.10, 0.90}};
    private static final double MATCH_PROPORTION = 0.2;
    private static final int PAIRS = 50_000;

    /** Pairs drawn from the model itself: a match with probability lambda, each field's level from m or u. */
    private static PatternCounts syntheticPairs(long seed, double missingRate, double lambda) {
        Random random = new Random(seed);
        long[] patterns = new long[PAIRS];
        int[] levelCounts = new int[M.length];
        for (int f = 0; f < M.length; f++) {
            levelCounts[f] = M[f].length;
        }
        for (int i = 0; i < PAIRS; i++) {
            boolean match = random.nextDouble() < lambda;
            int[] levels = new int[M.length];
            for (int f = 0; f < M.length; f++) {
                levels[f] = random.nextDouble() < missingRate ? FieldComparator.MISSING : draw(random, match ? M[f] : U[f]);
            }
            patterns[i] = AgreementPattern.encode(levels);
        }
        return PatternCounts.of(FIELDS, levelCounts, patterns);
    }

    private static int draw(Random random, double[] distribution) {
        double x = random.nextDouble();
        for (int l = 0; l < distribution.length - 1; l++) {
            x -= distribution[l];
            if (x < 0) {
                return l;
            }
        }
        return distribution.length - 1;
    }

    private static void assertRecovered(FellegiSunterModel model, double tolerance) {
        assertThat(model.matchProportion()).isCloseTo(MATCH_PROPORTION, within(0.01));
        for (int f = 0; f < M.length; f++) {
            for (int l = 0; l < M[f].length; l++) {
                assertThat(model.m(f, l)).as("m of %s level %d", FIELDS.get(f), l).isCloseTo(M[f][l], within(tolerance));
                assertThat(model.u(f, l)).as("u of %s level %d", FIELDS.get(f), l).isCloseTo(U[f][l], within(tolerance));
            }
        }
    }

    @Test
    void recoversTheMAndUProbabilitiesThePairsWereDrawnFrom() {
        EmResult result = new EmEstimator().estimate(syntheticPairs(42, 0, MATCH_PROPORTION));

        assertThat(result.converged()).isTrue();
        assertRecovered(result.model(), 0.02);
    }

    @Test
    void missingValuesAreLeftOutOfTheEstimateRatherThanCountedAsDisagreement() {
        EmResult result = new EmEstimator().estimate(syntheticPairs(7, 0.3, MATCH_PROPORTION));

        assertRecovered(result.model(), 0.02);
    }

    @Test
    void aStartFarFromTheTrueMatchProportionStillEndsWithTheAgreeingClassAsMatches() {
        EmResult result = new EmEstimator().estimate(syntheticPairs(3, 0, MATCH_PROPORTION), 0.9);

        assertRecovered(result.model(), 0.02);
    }

    @Test
    void identicalPatternsAreAggregatedIntoCounts() {
        PatternCounts counts = syntheticPairs(42, 0, MATCH_PROPORTION);

        assertThat(counts.total()).isEqualTo(PAIRS);
        assertThat(counts.size()).isLessThanOrEqualTo(3 * 2 * 4 * 2);
    }

    @Test
    void stoppingAtTheIterationCapIsReportedAsNotConverged() {
        EmResult result = new EmEstimator(2, 1e-9).estimate(syntheticPairs(42, 0, MATCH_PROPORTION));

        assertThat(result.iterations()).isEqualTo(2);
        assertThat(result.converged()).isFalse();
    }

    @Test
    void aLevelNeverSeenAmongMatchesKeepsAFiniteWeight() {
        // Every pair either agrees on both fields or disagrees on both: no match is ever "different".
        long agree = AgreementPattern.encode(new int[] {0, 0});
        long disagree = AgreementPattern.encode(new int[] {1, 1});
        long[] patterns = new long[1000];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = i < 100 ? agree : disagree;
        }
        FellegiSunterModel model = new EmEstimator()
                .estimate(PatternCounts.of(List.of("a", "b"), new int[] {2, 2}, patterns)).model();

        assertThat(model.fieldWeight(0, 1)).isFinite().isNegative();
        assertThat(model.fieldWeight(0, 0)).isFinite().isPositive();
    }
}
