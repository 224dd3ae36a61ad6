package io.journeymap.journey.simulation;

import static io.journeymap.journey.internal.influence.JourneyStates.CONVERSION;
import static io.journeymap.journey.internal.influence.JourneyStates.NULL;
import static io.journeymap.journey.internal.influence.JourneyStates.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.journeymap.journey.internal.influence.TransitionTable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JourneySimulatorTest {

    private static final long CUSTOMERS = 50_000;
    private static final long SEED = 7;
    /** Every estimated probability must be within this many binomial standard errors of the truth. */
    private static final double Z = 4.5;

    private static final JourneySimulator SIMULATOR = JourneySimulator.ofDefaultScenario();
    private static List<SimulatedJourney> journeys;

    @BeforeAll
    static void simulate() {
        journeys = SIMULATOR.simulate(CUSTOMERS, SEED).toList();
    }

    @Test
    void sameSeedGivesTheSameJourneys() {
        assertThat(SIMULATOR.simulate(2_000, SEED).toList()).isEqualTo(journeys.subList(0, 2_000));
        assertThat(SIMULATOR.journey(1_234, SEED)).isEqualTo(journeys.get(1_234));
        assertThat(SIMULATOR.simulate(2_000, SEED + 1).toList()).isNotEqualTo(journeys.subList(0, 2_000));
    }

    @Test
    void estimatedTransitionsAreWithinSamplingErrorOfTheTruth() {
        TransitionTable table = TransitionTable.fromPaths(1, journeys.stream().map(SimulatedJourney::typePath).toList());

        SIMULATOR.trueTransitionMatrix().forEach((from, row) -> {
            List<String> history = List.of(from);
            long n = table.total(history);
            assertThat(n).as("visits of %s", from).isGreaterThan(1_000);
            row.forEach((to, p) -> {
                double tolerance = Z * Math.sqrt(p * (1 - p) / n);
                assertThat(table.probability(history, to)).as("P(%s | %s) from %d visits", to, from, n)
                        .isCloseTo(p, within(Math.max(tolerance, 1e-12)));
            });
        });
    }

    @Test
    void meanGapsAreTheConfiguredOnes() {
        assertMeanGap("web:landing", "web:pricing", Duration.ofMinutes(3));
        assertMeanGap("email:open", "email:click", Duration.ofMinutes(10));
        assertMeanGap("web:signup", "email:open", Duration.ofDays(1));
    }

    private static void assertMeanGap(String from, String to, Duration mean) {
        long n = 0;
        double sum = 0;
        for (SimulatedJourney journey : journeys) {
            List<SimulatedTouch> touches = journey.touches();
            for (int i = 1; i < touches.size(); i++) {
                if (touches.get(i - 1).type().equals(from) && touches.get(i).type().equals(to)) {
                    n++;
                    sum += Duration.between(touches.get(i - 1).time(), touches.get(i).time()).toMillis();
                }
            }
        }
        // an exponential's standard deviation is its mean: 5 % is more than 5 standard errors here
        assertThat(n).as("%s -> %s", from, to).isGreaterThan(2_000);
        assertThat(sum / n).as("mean gap %s -> %s", from, to).isCloseTo(mean.toMillis(), within(0.05 * mean.toMillis()));
    }

    @Test
    void firstTouchesFallInTheConfiguredSpread() {
        Scenario scenario = SIMULATOR.scenario();
        Instant end = scenario.startInstant().plus(scenario.spread());

        assertThat(journeys).allSatisfy(journey -> assertThat(journey.touches().get(0).time())
                .isBetween(scenario.startInstant(), end));
        assertThat(journeys).filteredOn(SimulatedJourney::converted)
                .allSatisfy(journey -> assertThat(journey.conversionTime()).isAfterOrEqualTo(journey.touches().get(journey.touches().size() - 1).time()));
    }

    @Test
    void removingAChannelReplaysTheSameCustomerUntilItsFirstTouchOfTheChannel() {
        for (long customer = 0; customer < 2_000; customer++) {
            SimulatedJourney full = journeys.get((int) customer);
            SimulatedJourney withoutSupport = SIMULATOR.journey(customer, SEED, Set.of("support"));
            int cut = full.channels().indexOf("support");

            if (cut < 0) {
                assertThat(withoutSupport).isEqualTo(full);
            } else {
                assertThat(withoutSupport.touches()).isEqualTo(full.touches().subList(0, cut));
                assertThat(withoutSupport.converted()).isFalse();
            }
        }
    }

    @Test
    void trueRemovalEffectIsTheShareOfConversionsThatTouchedTheChannel() {
        long customers = 10_000;
        List<SimulatedJourney> converted = SIMULATOR.simulate(customers, SEED).filter(SimulatedJourney::converted).toList();

        Map<String, Double> effects = SIMULATOR.trueRemovalEffects(customers, SEED);

        assertThat(effects.keySet()).containsExactly("ads", "crm", "email", "support", "web");
        effects.forEach((channel, effect) -> assertThat(effect).as(channel).isCloseTo(
                converted.stream().filter(journey -> journey.channels().contains(channel)).count() / (double) converted.size(),
                within(1e-12)));
    }

    @Test
    void journeysStopAtTheLengthCap() {
        Scenario looping = Scenario.builder()
                .addStart("web:page", 1)
                .addTransition("web:page", "web:page", 0.95, Duration.ofMinutes(1))
                .addTransition("web:page", CONVERSION, 0.05, Duration.ofMinutes(1))
                .optMaxTouches(5)
                .build();

        List<SimulatedJourney> capped = new JourneySimulator(looping).simulate(1_000, 1).toList();

        assertThat(capped).allSatisfy(journey -> assertThat(journey.touches()).hasSizeLessThanOrEqualTo(5));
        assertThat(capped).filteredOn(journey -> journey.touches().size() == 5 && !journey.converted()).isNotEmpty();
    }

    @Test
    void shiftChangesATransitionFromItsDateOn() {
        Instant date = SIMULATOR.scenario().startInstant().plus(Duration.ofDays(45));
        JourneySimulator shifted = SIMULATOR.withShift("web:pricing", "support:chat", 2, date);

        long[] before = new long[2];
        long[] after = new long[2];
        shifted.simulate(CUSTOMERS, SEED).forEach(journey -> {
            List<SimulatedTouch> touches = journey.touches();
            for (int i = 0; i < touches.size(); i++) {
                if (touches.get(i).type().equals("web:pricing")) {
                    long[] tally = touches.get(i).time().isBefore(date) ? before : after;
                    tally[0]++;
                    tally[1] += i + 1 < touches.size() && touches.get(i + 1).type().equals("support:chat") ? 1 : 0;
                }
            }
        });

        // 0.2 doubled and renormalised: 0.4 / 1.2
        assertThat(before[1] / (double) before[0]).isCloseTo(0.2, within(0.02));
        assertThat(after[1] / (double) after[0]).isCloseTo(0.4 / 1.2, within(0.02));
        assertThat(SIMULATOR.trueTransitionMatrix().get("web:pricing")).containsEntry("support:chat", 0.2);
    }

    @Test
    void shiftOfATransitionThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> SIMULATOR.withShift("web:pricing", "crm:opportunity_created", 2, Instant.EPOCH))
                .hasMessageContaining("no such transition");
    }

    @Test
    void scenarioRowsMustSumToOne() {
        Scenario.Builder builder = Scenario.builder()
                .addStart("web:page", 1)
                .addTransition("web:page", CONVERSION, 0.5, Duration.ZERO)
                .addTransition("web:page", NULL, 0.4);

        assertThatThrownBy(builder::build).hasMessageContaining("web:page").hasMessageContaining("sum");
    }

    @Test
    void scenarioTargetsMustHaveTransitions() {
        Scenario.Builder builder = Scenario.builder()
                .addStart("web:page", 1)
                .addTransition("web:page", "email:open", 1, Duration.ZERO);

        assertThatThrownBy(builder::build).hasMessageContaining("email:open");
    }

    @Test
    void defaultScenarioStartsEveryJourneyFromTheStartRow() {
        assertThat(SIMULATOR.trueTransitionMatrix()).containsKey(START);
        assertThat(SIMULATOR.scenario().channels()).containsExactly("ads", "crm", "email", "support", "web");
    }
}
