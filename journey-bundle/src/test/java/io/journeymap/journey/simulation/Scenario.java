package io.journeymap.journey.simulation;

import io.journeymap.journey.internal.influence.JourneyStates;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A true first-order Markov chain over touchpoint types: where journeys start, where each type
 * leads (another type, (conversion) or (null)) and after how long on average. A type's channel is
 * the part of its name before the colon ({@code email:click} is in {@code email}).
 */
public final class Scenario {

    private static final double SUM_TOLERANCE = 1e-9;

    private final Map<String, Map<String, Double>> transitions;
    private final Map<String, Map<String, Duration>> meanGaps;
    private final Instant startInstant;
    private final Duration spread;
    private final int maxTouches;

    private Scenario(Builder builder) {
        this.transitions = deepCopy(builder.transitions);
        this.meanGaps = deepCopy(builder.meanGaps);
        this.startInstant = builder.startInstant;
        this.spread = builder.spread;
        this.maxTouches = builder.maxTouches;
    }

    private static <V> Map<String, Map<String, V>> deepCopy(Map<String, Map<String, V>> rows) {
        Map<String, Map<String, V>> copy = new LinkedHashMap<>();
        rows.forEach((from, row) -> copy.put(from, Collections.unmodifiableMap(new LinkedHashMap<>(row))));
        return Collections.unmodifiableMap(copy);
    }

    /** @return a builder for a custom scenario */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param type a touchpoint type
     * @return its channel: the part before the first colon, or the whole name without one
     */
    public static String channelOf(String type) {
        int colon = type.indexOf(':');
        return colon < 0 ? type : type.substring(0, colon);
    }

    /** @return per state ({@code (start)} and every type), the probability of each next state */
    public Map<String, Map<String, Double>> transitions() {
        return transitions;
    }

    /** @return per state, the mean time gap to each next state (absent means 0) */
    public Map<String, Map<String, Duration>> meanGaps() {
        return meanGaps;
    }

    /** @return every touchpoint type, sorted */
    public Set<String> types() {
        Set<String> types = new TreeSet<>(transitions.keySet());
        types.remove(JourneyStates.START);
        return types;
    }

    /** @return every channel, sorted */
    public Set<String> channels() {
        Set<String> channels = new TreeSet<>();
        types().forEach(type -> channels.add(channelOf(type)));
        return channels;
    }

    /** @return the earliest first touch */
    public Instant startInstant() {
        return startInstant;
    }

    /** @return over how long first touches are spread (uniformly) after {@link #startInstant()} */
    public Duration spread() {
        return spread;
    }

    /** @return the longest journey; one that would go on ends as (null) */
    public int maxTouches() {
        return maxTouches;
    }

    /** Builds a {@link Scenario}: {@code add*} the chain (required), {@code opt*} the rest. */
    public static final class Builder {

        private final Map<String, Map<String, Double>> transitions = new LinkedHashMap<>();
        private final Map<String, Map<String, Duration>> meanGaps = new LinkedHashMap<>();
        private Instant startInstant = Instant.parse("2025-01-01T00:00:00Z");
        private Duration spread = Duration.ofDays(90);
        private int maxTouches = 50;

        private Builder() {
        }

        /**
         * @param type        a touchpoint type journeys can start with
         * @param probability the share of journeys starting with it
         * @return this
         */
        public Builder addStart(String type, double probability) {
            return addTransition(JourneyStates.START, type, probability, Duration.ZERO);
        }

        /**
         * @param from        a touchpoint type
         * @param to          a touchpoint type, (conversion) or (null)
         * @param probability P(to | from)
         * @param meanGap     the mean (exponential) time from {@code from} to {@code to}
         * @return this
         */
        public Builder addTransition(String from, String to, double probability, Duration meanGap) {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("P(" + to + " | " + from + ") must be in [0, 1], was " + probability);
            }
            if (meanGap.isNegative()) {
                throw new IllegalArgumentException("the mean gap " + from + " -> " + to + " must not be negative");
            }
            transitions.computeIfAbsent(from, f -> new LinkedHashMap<>()).put(to, probability);
            meanGaps.computeIfAbsent(from, f -> new LinkedHashMap<>()).put(to, meanGap);
            return this;
        }

        /**
         * A transition with no time gap, for the ones to (null).
         *
         * @param from        a touchpoint type
         * @param to          the next state
         * @param probability P(to | from)
         * @return this
         */
        public Builder addTransition(String from, String to, double probability) {
            return addTransition(from, to, probability, Duration.ZERO);
        }

        /**
         * @param startInstant the earliest first touch (default 2025-01-01T00:00Z)
         * @return this
         */
        public Builder optStartInstant(Instant startInstant) {
            this.startInstant = startInstant;
            return this;
        }

        /**
         * @param days over how many days first touches are spread (default 90)
         * @return this
         */
        public Builder optSpreadDays(int days) {
            if (days < 1) {
                throw new IllegalArgumentException("the spread must be at least one day, was " + days);
            }
            this.spread = Duration.ofDays(days);
            return this;
        }

        /**
         * @param maxTouches the longest journey (default 50)
         * @return this
         */
        public Builder optMaxTouches(int maxTouches) {
            if (maxTouches < 1) {
                throw new IllegalArgumentException("maxTouches must be at least 1, was " + maxTouches);
            }
            this.maxTouches = maxTouches;
            return this;
        }

        /**
         * @return the scenario
         * @throws IllegalArgumentException naming the row, if a row does not sum to 1, a type has no
         *                                  row, or a journey could start in a reserved state
         */
        public Scenario build() {
            if (!transitions.containsKey(JourneyStates.START)) {
                throw new IllegalArgumentException("a scenario needs at least one start (addStart)");
            }
            transitions.forEach(this::requireRow);
            for (String to : transitions.get(JourneyStates.START).keySet()) {
                if (JourneyStates.isReserved(to)) {
                    throw new IllegalArgumentException("a journey cannot start in " + to);
                }
            }
            return new Scenario(this);
        }

        private void requireRow(String from, Map<String, Double> row) {
            if (!JourneyStates.START.equals(from) && JourneyStates.isReserved(from)) {
                throw new IllegalArgumentException("no transition can leave " + from);
            }
            double sum = row.values().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                throw new IllegalArgumentException("the transitions from " + from + " sum to " + sum + ", not 1");
            }
            for (String to : row.keySet()) {
                if (JourneyStates.START.equals(to)) {
                    throw new IllegalArgumentException("no transition can lead to " + to);
                }
                if (!JourneyStates.isAbsorbing(to) && !transitions.containsKey(to)) {
                    throw new IllegalArgumentException(from + " leads to " + to + ", which has no transitions");
                }
            }
        }
    }
}
