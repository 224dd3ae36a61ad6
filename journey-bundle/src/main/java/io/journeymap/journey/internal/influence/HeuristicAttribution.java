package io.journeymap.journey.internal.influence;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Credits one converted journey's touches under a {@link HeuristicModel}; the credits of a journey
 * sum to 1. {@link #addCredits} adds into a caller's map so that an aggregate over millions of
 * journeys keeps one map rather than building one per journey.
 */
public final class HeuristicAttribution {

    /** The time-decay half-life unless one is given. */
    public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(7);

    private static final double POSITION_END_SHARE = 0.4;
    private static final double POSITION_MIDDLE_SHARE = 0.2;

    private final double halfLifeMillis;

    /** With {@link #DEFAULT_HALF_LIFE}. */
    public HeuristicAttribution() {
        this(DEFAULT_HALF_LIFE);
    }

    /** @param halfLife the time-decay half-life, positive */
    public HeuristicAttribution(Duration halfLife) {
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("the time-decay half-life must be positive, was " + halfLife);
        }
        this.halfLifeMillis = halfLife.toMillis();
    }

    /**
     * @param model          the model
     * @param touches        the journey's touches, oldest first; none credits nothing
     * @param conversionTime when the journey converted
     * @return the credit per name, summing to 1 (empty without touches)
     */
    public Map<String, Double> credits(HeuristicModel model, List<Touch> touches, Instant conversionTime) {
        Map<String, Double> credits = new LinkedHashMap<>();
        addCredits(model, touches, conversionTime, credits);
        return credits;
    }

    /**
     * Adds the journey's credits (summing to 1) to {@code into}.
     *
     * @param model          the model
     * @param touches        the journey's touches, oldest first; none adds nothing
     * @param conversionTime when the journey converted
     * @param into           the credit per name so far
     * @throws IllegalArgumentException if the touches are not in time order
     */
    public void addCredits(HeuristicModel model, List<Touch> touches, Instant conversionTime,
            Map<String, Double> into) {
        requireTimeOrder(touches);
        int n = touches.size();
        if (n == 0) {
            return;
        }
        switch (model) {
            case FIRST_TOUCH -> credit(into, touches.get(0), 1);
            case LAST_TOUCH -> credit(into, touches.get(n - 1), 1);
            case LINEAR -> {
                for (int i = 0; i < n; i++) {
                    credit(into, touches.get(i), 1.0 / n);
                }
            }
            case TIME_DECAY -> addTimeDecay(touches, conversionTime, into);
            case POSITION_BASED -> addPositionBased(touches, into);
        }
    }

    /*
     * Weights are taken relative to the newest touch: 2^(−(Δt_i − Δt_newest)/h) normalises to the
     * same shares as 2^(−Δt_i/h), but the newest weighs 1, so a conversion long after every touch
     * cannot underflow all weights to 0. A touch stamped after the conversion (clock skew) counts
     * as at the conversion.
     */
    private void addTimeDecay(List<Touch> touches, Instant conversionTime, Map<String, Double> into) {
        int n = touches.size();
        long newestAge = age(touches.get(n - 1), conversionTime);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += decay(age(touches.get(i), conversionTime) - newestAge);
        }
        for (int i = 0; i < n; i++) {
            credit(into, touches.get(i), decay(age(touches.get(i), conversionTime) - newestAge) / sum);
        }
    }

    private static long age(Touch touch, Instant conversionTime) {
        return Math.max(0, conversionTime.toEpochMilli() - touch.time().toEpochMilli());
    }

    private double decay(long millisOlderThanNewest) {
        return Math.pow(2, -millisOlderThanNewest / halfLifeMillis);
    }

    private static void addPositionBased(List<Touch> touches, Map<String, Double> into) {
        int n = touches.size();
        if (n == 1) {
            credit(into, touches.get(0), 1);
        } else if (n == 2) {
            credit(into, touches.get(0), 0.5);
            credit(into, touches.get(1), 0.5);
        } else {
            credit(into, touches.get(0), POSITION_END_SHARE);
            credit(into, touches.get(n - 1), POSITION_END_SHARE);
            for (int i = 1; i < n - 1; i++) {
                credit(into, touches.get(i), POSITION_MIDDLE_SHARE / (n - 2));
            }
        }
    }

    private static void credit(Map<String, Double> into, Touch touch, double credit) {
        into.merge(touch.name(), credit, Double::sum);
    }

    private static void requireTimeOrder(List<Touch> touches) {
        for (int i = 1; i < touches.size(); i++) {
            if (touches.get(i).time().isBefore(touches.get(i - 1).time())) {
                throw new IllegalArgumentException("touches must be oldest first; touch " + i + " is older than touch "
                        + (i - 1));
            }
        }
    }
}
