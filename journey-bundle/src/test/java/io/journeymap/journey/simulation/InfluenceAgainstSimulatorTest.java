package io.journeymap.journey.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.journeymap.journey.internal.influence.AttributionShares;
import io.journeymap.journey.internal.influence.HeuristicAttribution;
import io.journeymap.journey.internal.influence.HeuristicModel;
import io.journeymap.journey.internal.influence.JourneyPath;
import io.journeymap.journey.internal.influence.MarkovAttribution;
import io.journeymap.journey.internal.influence.TransitionTable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The influence models scored against the simulator's known removal effects. */
class InfluenceAgainstSimulatorTest {

    private static final long CUSTOMERS = 50_000;
    private static final long SEED = 11;

    private static final JourneySimulator SIMULATOR = JourneySimulator.ofDefaultScenario();
    private static final MarkovAttribution MARKOV = new MarkovAttribution();
    private static List<SimulatedJourney> journeys;
    private static Map<String, Double> trueShares;

    @BeforeAll
    static void simulate() {
        journeys = SIMULATOR.simulate(CUSTOMERS, SEED).toList();
        trueShares = AttributionShares.of(SIMULATOR.trueRemovalEffects(CUSTOMERS, SEED));
    }

    private static List<JourneyPath> paths(Function<SimulatedJourney, JourneyPath> path) {
        return journeys.stream().map(path).toList();
    }

    private static Map<String, Double> heuristicShares(HeuristicModel model) {
        HeuristicAttribution heuristics = new HeuristicAttribution();
        Map<String, Double> credits = new TreeMap<>();
        journeys.stream().filter(SimulatedJourney::converted)
                .forEach(journey -> heuristics.addCredits(model, journey.channelTouches(), journey.conversionTime(), credits));
        return AttributionShares.of(credits);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void markovChannelSharesAreFarCloserToTheTruthThanFirstOrLastTouch(int order) {
        Map<String, Double> markov = MarkovAttribution.shares(
                MARKOV.removalEffects(TransitionTable.fromPaths(order, paths(SimulatedJourney::channelPath))));

        double markovDistance = AttributionShares.l1Distance(markov, trueShares);
        double firstTouchDistance = AttributionShares.l1Distance(heuristicShares(HeuristicModel.FIRST_TOUCH), trueShares);
        double lastTouchDistance = AttributionShares.l1Distance(heuristicShares(HeuristicModel.LAST_TOUCH), trueShares);

        assertThat(markovDistance).as("L1 of Markov order %d", order).isLessThan(0.05);
        assertThat(markovDistance).isLessThan(firstTouchDistance / 5).isLessThan(lastTouchDistance / 5);
    }

    @Test
    void scenarioFoolsBothPositionalHeuristics() {
        Map<String, Double> lastTouch = heuristicShares(HeuristicModel.LAST_TOUCH);
        Map<String, Double> firstTouch = heuristicShares(HeuristicModel.FIRST_TOUCH);

        // ads open journeys yet close none; support works mid-journey and is almost never first or last
        assertThat(firstTouch.get("ads")).isGreaterThan(2 * trueShares.get("ads"));
        assertThat(lastTouch.getOrDefault("ads", 0.0)).isZero();
        assertThat(lastTouch.get("email")).isGreaterThan(2 * trueShares.get("email"));
        assertThat(firstTouch.getOrDefault("support", 0.0)).isLessThan(trueShares.get("support") / 5);
    }

    @Test
    void fittedChainConvertsAsOftenAsTheJourneysDid() {
        double observed = journeys.stream().filter(SimulatedJourney::converted).count() / (double) CUSTOMERS;

        for (int order = 1; order <= 3; order++) {
            TransitionTable table = TransitionTable.fromPaths(order, paths(SimulatedJourney::typePath));
            assertThat(MARKOV.conversionProbability(table)).as("order %d", order).isCloseTo(observed, within(1e-9));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void higherOrdersAgreeWithOrderOneOnATrulyFirstOrderChain(int order) {
        Map<String, Double> first = MARKOV.removalEffects(TransitionTable.fromPaths(1, paths(SimulatedJourney::typePath)));

        Map<String, Double> higher = MARKOV.removalEffects(TransitionTable.fromPaths(order, paths(SimulatedJourney::typePath)));

        assertThat(higher.keySet()).isEqualTo(first.keySet());
        first.forEach((type, effect) -> assertThat(higher.get(type)).as(type).isCloseTo(effect, within(0.02)));
    }
}
