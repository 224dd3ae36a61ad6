package io.journeymap.journey.simulation;

import io.journeymap.journey.internal.influence.JourneyStates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Simulates customer journeys from a {@link Scenario}, a first-order chain whose truth is known, so
 * that influence models can be scored against it.
 *
 * <p>Each customer draws from its own generator, seeded from (seed, customer index): a customer can
 * be simulated again on its own, journeys can be produced lazily (10 million events need not be in
 * memory) or in parallel, and a run with a channel removed replays the very same customers.
 */
public final class JourneySimulator {

    private final Scenario scenario;
    private final List<ProbabilityShift> shifts;
    private final RowSchedule rows;

    /** @param scenario the true chain */
    public JourneySimulator(Scenario scenario) {
        this(scenario, List.of());
    }

    private JourneySimulator(Scenario scenario, List<ProbabilityShift> shifts) {
        this.scenario = scenario;
        this.shifts = List.copyOf(shifts);
        this.rows = new RowSchedule(scenario, shifts);
    }

    /** @return a simulator of {@link Scenarios#saasTrial()} */
    public static JourneySimulator ofDefaultScenario() {
        return new JourneySimulator(Scenarios.saasTrial());
    }

    /** @return the true chain */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * A simulator whose chain changes at a date: from {@code effectiveFrom} on, P(to | from) is
     * multiplied by {@code factor} and the row renormalised. For change-detection tests.
     *
     * @param from          {@code (start)} or a touchpoint type
     * @param to            a next state that {@code from} already leads to
     * @param factor        the multiplier, positive
     * @param effectiveFrom the instant from which transitions (by the time of the {@code from} touch) use the new row
     * @return a new simulator; this one is unchanged
     */
    public JourneySimulator withShift(String from, String to, double factor, Instant effectiveFrom) {
        Double p = scenario.transitions().getOrDefault(from, Map.of()).get(to);
        if (p == null || p == 0) {
            throw new IllegalArgumentException("cannot shift " + from + " -> " + to + ": the scenario has no such transition");
        }
        if (!(factor > 0)) {
            throw new IllegalArgumentException("a shift's factor must be positive, was " + factor);
        }
        List<ProbabilityShift> more = new ArrayList<>(shifts);
        more.add(new ProbabilityShift(from, to, factor, effectiveFrom));
        return new JourneySimulator(scenario, more);
    }

    /**
     * @param customers how many customers
     * @param seed      the run's seed
     * @return the customers' journeys, lazily, in customer order
     */
    public Stream<SimulatedJourney> simulate(long customers, long seed) {
        return simulate(customers, seed, Set.of());
    }

    /**
     * @param customers       how many customers
     * @param seed            the run's seed
     * @param removedChannels channels that no longer exist: a customer about to touch one is lost
     * @return the same customers' journeys with those channels removed, lazily
     */
    public Stream<SimulatedJourney> simulate(long customers, long seed, Set<String> removedChannels) {
        return LongStream.range(0, customers).mapToObj(customer -> journey(customer, seed, removedChannels));
    }

    /**
     * @param customer the customer's index
     * @param seed     the run's seed
     * @return that customer's journey, the same every time
     */
    public SimulatedJourney journey(long customer, long seed) {
        return journey(customer, seed, Set.of());
    }

    /**
     * @param customer        the customer's index
     * @param seed            the run's seed
     * @param removedChannels channels that no longer exist
     * @return that customer's journey: the same draws as without the removal, cut as (null) where
     *         it would first touch a removed channel
     */
    public SimulatedJourney journey(long customer, long seed, Set<String> removedChannels) {
        SplittableRandom random = customerRandom(seed, customer);
        Instant time = scenario.startInstant().plusMillis((long) (random.nextDouble() * scenario.spread().toMillis()));
        TransitionRow startRow = rows.at(JourneyStates.START, time);
        String current = startRow.target(startRow.sample(random));
        List<SimulatedTouch> touches = new ArrayList<>();
        while (true) {
            String channel = Scenario.channelOf(current);
            if (removedChannels.contains(channel) || touches.size() == scenario.maxTouches()) {
                return new SimulatedJourney(customer, touches, false, null);
            }
            touches.add(new SimulatedTouch(current, channel, time));
            TransitionRow row = rows.at(current, time);
            int pick = row.sample(random);
            String next = row.target(pick);
            if (JourneyStates.NULL.equals(next)) {
                return new SimulatedJourney(customer, touches, false, null);
            }
            time = time.plusMillis(row.gapMillis(pick, random));
            if (JourneyStates.CONVERSION.equals(next)) {
                return new SimulatedJourney(customer, touches, true, time);
            }
            current = next;
        }
    }

    /** @return the configured P(next | state), including the {@code (start)} row; shifts not applied */
    public Map<String, Map<String, Double>> trueTransitionMatrix() {
        return scenario.transitions();
    }

    /**
     * The true removal effect of each channel: the same customers simulated again with the channel
     * removed, RE(c) = 1 − conversions without c / conversions with every channel.
     *
     * @param customers how many customers
     * @param seed      the run's seed
     * @return per channel, sorted
     */
    public Map<String, Double> trueRemovalEffects(long customers, long seed) {
        long with = conversions(customers, seed, Set.of());
        Map<String, Double> effects = new TreeMap<>();
        for (String channel : scenario.channels()) {
            long without = conversions(customers, seed, Set.of(channel));
            effects.put(channel, with == 0 ? 0 : 1 - without / (double) with);
        }
        return effects;
    }

    private long conversions(long customers, long seed, Set<String> removedChannels) {
        return simulate(customers, seed, removedChannels).filter(SimulatedJourney::converted).count();
    }

    /*
     * SplittableRandom(s) and SplittableRandom(s + k·γ) yield shifted copies of one sequence, so
     * nearby seeds must not be used directly: (seed, customer) goes through the SplitMix64 finaliser
     * twice first.
     */
    private static SplittableRandom customerRandom(long seed, long customer) {
        return new SplittableRandom(mix64(seed + mix64(customer + 0x9E3779B97F4A7C15L)));
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
