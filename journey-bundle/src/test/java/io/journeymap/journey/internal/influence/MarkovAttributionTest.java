package io.journeymap.journey.internal.influence;

import static io.journeymap.journey.internal.influence.JourneyStates.CONVERSION;
import static io.journeymap.journey.internal.influence.JourneyStates.NULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkovAttributionTest {

    private static final double EXACT = 1e-9;

    private final MarkovAttribution markov = new MarkovAttribution();

    private static TransitionTable firstOrder() {
        return new TransitionTable(1);
    }

    private static void add(TransitionTable table, String from, String to, long count) {
        table.add(List.of(from), to, count);
    }

    @Test
    void onlyChannelLeadingToConversionGetsAllOfIt() {
        TransitionTable table = firstOrder();
        add(table, JourneyStates.START, "a", 1);
        add(table, JourneyStates.START, "b", 1);
        add(table, "a", CONVERSION, 1);
        add(table, "a", NULL, 1);
        add(table, "b", NULL, 1);

        assertThat(markov.conversionProbability(table)).isCloseTo(0.25, within(EXACT));
        Map<String, Double> effects = markov.removalEffects(table);
        assertThat(effects.get("a")).isCloseTo(1, within(EXACT));
        assertThat(effects.get("b")).isCloseTo(0, within(EXACT));
    }

    @Test
    void parallelPathsLoseTheirOwnConversions() {
        TransitionTable table = firstOrder();
        add(table, JourneyStates.START, "a", 5);
        add(table, JourneyStates.START, "b", 5);
        add(table, "a", CONVERSION, 6);
        add(table, "a", NULL, 4);
        add(table, "b", CONVERSION, 2);
        add(table, "b", NULL, 8);

        Map<String, Double> effects = markov.removalEffects(table);

        // P = 0.5·0.6 + 0.5·0.2 = 0.4; without a 0.1, without b 0.3
        assertThat(effects.get("a")).isCloseTo(0.75, within(EXACT));
        assertThat(effects.get("b")).isCloseTo(0.25, within(EXACT));
        assertThat(MarkovAttribution.shares(effects).get("a")).isCloseTo(0.75, within(EXACT));
    }

    @Test
    void everyStepOfASinglePathIsIndispensable() {
        TransitionTable table = TransitionTable.fromPaths(1, List.of(JourneyPath.of(List.of("a", "b"), true)));

        assertThat(markov.removalEffects(table)).containsEntry("a", 1.0).containsEntry("b", 1.0);
    }

    @Test
    void selfLoopIsSolvedToItsAbsorptionProbability() {
        TransitionTable table = firstOrder();
        add(table, JourneyStates.START, "a", 1);
        add(table, "a", "a", 2);
        add(table, "a", CONVERSION, 1);
        add(table, "a", NULL, 1);

        // x = 1/4 + x/2
        assertThat(markov.conversionProbability(table)).isCloseTo(0.5, within(1e-10));
    }

    @Test
    void orderTwoRemovesOnlyTheHistoriesThatContainTheName() {
        List<JourneyPath> paths = List.of(JourneyPath.of(List.of("a", "b"), true), JourneyPath.of(List.of("c", "b"), false));

        Map<String, Double> second = markov.removalEffects(TransitionTable.fromPaths(2, paths));
        Map<String, Double> first = markov.removalEffects(TransitionTable.fromPaths(1, paths));

        // order 2 remembers that b converts only after a; order 1 blends both b's
        assertThat(second.get("c")).isCloseTo(0, within(EXACT));
        assertThat(second.get("a")).isCloseTo(1, within(EXACT));
        assertThat(second.get("b")).isCloseTo(1, within(EXACT));
        assertThat(first.get("c")).isCloseTo(0.5, within(EXACT));
    }

    @Test
    void chainThatNeverConvertsHasNothingToAttribute() {
        TransitionTable table = TransitionTable.fromPaths(1, List.of(JourneyPath.of(List.of("a"), false)));

        assertThat(markov.conversionProbability(table)).isZero();
        assertThat(markov.removalEffects(table)).containsExactly(entry("a", 0.0));
    }

    @Test
    void nameNeverSeenLeavingIsADeadEndWithNoEffect() {
        TransitionTable table = firstOrder();
        add(table, JourneyStates.START, "a", 2);
        add(table, "a", CONVERSION, 1);
        add(table, "a", "b", 1);

        assertThat(markov.conversionProbability(table)).isCloseTo(0.5, within(EXACT));
        assertThat(markov.removalEffects(table)).containsOnlyKeys("a", "b").containsEntry("b", 0.0);
    }

    @Test
    void tableWithoutStartConvertsNobody() {
        TransitionTable table = firstOrder();
        add(table, "a", CONVERSION, 1);

        assertThat(markov.conversionProbability(table)).isZero();
    }

    @Test
    void solveThatCannotConvergeInTimeFailsLoudly() {
        TransitionTable table = firstOrder();
        add(table, JourneyStates.START, "a", 1);
        add(table, "a", "a", 99);
        add(table, "a", CONVERSION, 1);

        MarkovAttribution hurried = new MarkovAttribution(new MarkovAttribution.Solver(1e-12, 10));

        assertThatThrownBy(() -> hurried.conversionProbability(table))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("10 sweeps");
    }

    @Test
    void sharesSumToOne() {
        Map<String, Double> shares = MarkovAttribution.shares(Map.of("a", 0.9, "b", 0.6, "c", 0.0));

        assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(EXACT));
        assertThat(shares.get("a")).isCloseTo(0.6, within(EXACT));
        assertThat(shares.get("c")).isZero();
    }
}
