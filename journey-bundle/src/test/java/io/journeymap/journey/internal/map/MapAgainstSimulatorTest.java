package io.journeymap.journey.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.journey.Influence;
import io.journeymap.api.journey.InfluenceLevel;
import io.journeymap.api.journey.InfluenceRow;
import io.journeymap.api.journey.MapQuery;
import io.journeymap.api.journey.Segment;
import io.journeymap.journey.internal.influence.AttributionShares;
import io.journeymap.journey.internal.influence.JourneyStates;
import io.journeymap.journey.internal.map.Keys.Level;
import io.journeymap.journey.simulation.JourneySimulator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The map, folded from simulated journeys by the same code the updater runs, against the
 * simulator's ground truth.
 */
class MapAgainstSimulatorTest {

    private static final long CUSTOMERS = 50_000;
    private static final long SEED = 7;
    private static final ConfiguredTaxonomy TAXONOMY = ConfiguredTaxonomy.defaults();
    private static final JourneySimulator SIMULATOR = JourneySimulator.ofDefaultScenario();
    private static DayBucket all;

    @BeforeAll
    static void fold() {
        // an inactivity window longer than any simulated gap: the truth knows no drop-off by silence
        JourneyFolder folder = new JourneyFolder(TAXONOMY, 2, Duration.ofDays(3650).toMillis(), 7);
        MapDelta delta = SimulatedMap.fold(SIMULATOR.simulate(CUSTOMERS, SEED), TAXONOMY, folder);
        all = SimulatedMap.merged(delta, LocalDate.MIN, LocalDate.MAX);
    }

    @Test
    void estimatedTransitionProbabilitiesAreWithinSamplingErrorOfTheTruth() {
        Map<String, Map<String, Long>> counts = TransitionCounts.of(all, Level.TYPE, 1);
        Map<String, Map<String, Double>> truth = SIMULATOR.trueTransitionMatrix();
        int rowsChecked = 0;
        for (Map.Entry<String, Map<String, Double>> row : truth.entrySet()) {
            Map<String, Long> observed = counts.get(row.getKey());
            long n = observed == null ? 0 : observed.values().stream().mapToLong(Long::longValue).sum();
            if (n < 1000) {
                continue;
            }
            rowsChecked++;
            for (Map.Entry<String, Double> cell : row.getValue().entrySet()) {
                double p = cell.getValue();
                double estimate = (double) observed.getOrDefault(cell.getKey(), 0L) / n;
                double se = Math.sqrt(p * (1 - p) / n);
                assertThat(Math.abs(estimate - p)).as("%s -> %s over %d visits", row.getKey(), cell.getKey(), n)
                        .isLessThanOrEqualTo(4.5 * se + 1e-9);
            }
        }
        assertThat(rowsChecked).isGreaterThanOrEqualTo(10);
    }

    @Test
    void markovRemovalEffectsAreCloserToTheTrueRemovalEffectsThanFirstAndLastTouch() {
        MapQuery q = new MapQuery(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), Segment.ALL);
        Influence influence = new MapInfluence(2, 15, 20_000).influence(q, all, InfluenceLevel.CHANNEL);
        Map<String, Double> truth = AttributionShares.of(SIMULATOR.trueRemovalEffects(CUSTOMERS, SEED));
        double markov = l1(influence, MapInfluence.MARKOV, truth);
        double markovK = l1(influence, MapInfluence.MARKOV_HIGHER, truth);
        double first = l1(influence, "first_touch", truth);
        double last = l1(influence, "last_touch", truth);
        assertThat(markov).isLessThan(0.05).isLessThan(first / 3).isLessThan(last / 3);
        assertThat(markovK).isLessThan(0.05);
        assertThat(influence.rows()).extracting(InfluenceRow::name).doesNotContain(JourneyStates.CONVERSION, JourneyStates.NULL);
        assertThat(influence.rows()).allSatisfy(r -> assertThat(r.shares()).containsKey(MapInfluence.SHAPLEY));
    }

    private static double l1(Influence influence, String model, Map<String, Double> truth) {
        Map<String, Double> shares = new HashMap<>();
        influence.rows().forEach(r -> shares.put(r.name(), r.shares().get(model)));
        return AttributionShares.l1Distance(shares, truth);
    }
}
