package io.journeymap.journey.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.journey.JourneyChange;
import io.journeymap.journey.simulation.JourneySimulator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Change detection on simulated streams: a shift injected in the last week is found, with its
 * effect and p-value; a stream without a shift produces no change at the configured rate.
 */
class ChangeDetectorTest {

    private static final ConfiguredTaxonomy TAXONOMY = ConfiguredTaxonomy.defaults();
    private static final LocalDate TODAY = LocalDate.parse("2025-03-31");
    private static final ChangeDetector.Window WINDOW = ChangeDetector.Window.ending(TODAY, 7, 28);
    private static final Instant NOW = Instant.parse("2025-04-01T00:00:00Z");

    private static List<JourneyChange> detect(JourneySimulator simulator, long seed) {
        JourneyFolder folder = new JourneyFolder(TAXONOMY, 2, Duration.ofDays(30).toMillis(), 7);
        MapDelta delta = SimulatedMap.fold(simulator.simulate(60_000, seed), TAXONOMY, folder);
        DayBucket base = SimulatedMap.merged(delta, WINDOW.baselineFrom(), WINDOW.baselineTo());
        DayBucket cur = SimulatedMap.merged(delta, WINDOW.currentFrom(), WINDOW.currentTo());
        ChangeDetector detector = new ChangeDetector(TAXONOMY.stages(), 30);
        List<JourneyChange> all = new java.util.ArrayList<>(detector.compare("*", WINDOW, base, cur, NOW));
        // the simulation ends journeys at once, so drop-off needs no matured windows here
        all.addAll(detector.compareDropOff("*", WINDOW, base, cur, NOW));
        assertThat(all).hasSizeGreaterThan(40);
        return ChangeDetector.significant(all, 0.05, 0.1);
    }

    @Test
    void aTransitionWhoseProbabilityDoubledInTheLastWeekIsFound() {
        JourneySimulator shifted = JourneySimulator.ofDefaultScenario()
                .withShift("web:pricing", "support:chat", 2.0, WINDOW.currentFrom().atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        List<JourneyChange> changes = detect(shifted, 3);

        assertThat(changes).anySatisfy(c -> {
            assertThat(c.metric()).isEqualTo(ChangeDetector.TRANSITION);
            assertThat(c.subject()).isEqualTo("web:pricing -> support:chat");
            assertThat(c.current()).isGreaterThan(c.baseline() * 1.4);
            assertThat(c.effectSize()).isGreaterThan(0.2);
            assertThat(c.pValue()).isLessThan(1e-6);
            assertThat(c.qValue()).isLessThanOrEqualTo(0.05);
            assertThat(c.currentFrom()).isEqualTo(LocalDate.parse("2025-03-25"));
        });
        assertThat(changes).filteredOn(c -> c.metric().equals(ChangeDetector.TRANSITION))
                .allSatisfy(c -> assertThat(c.subject()).startsWith("web:pricing -> "));
    }

    @Test
    void aStreamWithoutAShiftProducesNoChange() {
        for (long seed = 1; seed <= 3; seed++) {
            assertThat(detect(JourneySimulator.ofDefaultScenario(), seed)).as("seed %d", seed).isEmpty();
        }
    }
}
