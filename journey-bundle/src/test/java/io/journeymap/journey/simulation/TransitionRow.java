package io.journeymap.journey.simulation;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One state's outgoing transitions, ready for sampling: targets, cumulative probabilities and the
 * mean time gap of each.
 */
final class TransitionRow {

    private final List<String> targets;
    private final double[] probabilities;
    private final double[] cumulative;
    private final double[] meanGapMillis;

    TransitionRow(Map<String, Double> probabilities, Map<String, Duration> meanGaps) {
        this.targets = List.copyOf(probabilities.keySet());
        this.probabilities = new double[targets.size()];
        this.cumulative = new double[targets.size()];
        this.meanGapMillis = new double[targets.size()];
        double sum = 0;
        for (int i = 0; i < targets.size(); i++) {
            this.probabilities[i] = probabilities.get(targets.get(i));
            sum += this.probabilities[i];
            cumulative[i] = sum;
            meanGapMillis[i] = meanGaps.getOrDefault(targets.get(i), Duration.ZERO).toMillis();
        }
    }

    /** @return the index of a target drawn with its probability */
    int sample(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    String target(int index) {
        return targets.get(index);
    }

    /** @return an exponential gap with the target's mean, in milliseconds; always draws one number */
    long gapMillis(int index, SplittableRandom random) {
        return (long) (-meanGapMillis[index] * Math.log(1 - random.nextDouble()));
    }

    Map<String, Double> probabilities() {
        Map<String, Double> byTarget = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            byTarget.put(targets.get(i), probabilities[i]);
        }
        return byTarget;
    }

    /**
     * @return this row with {@code to}'s probability multiplied by {@code factor} and the row
     *         renormalised, so the other targets keep their relative weights
     */
    TransitionRow shifted(String to, double factor, Map<String, Duration> meanGaps) {
        Map<String, Double> shifted = probabilities();
        shifted.computeIfPresent(to, (target, p) -> p * factor);
        double sum = shifted.values().stream().mapToDouble(Double::doubleValue).sum();
        shifted.replaceAll((target, p) -> p / sum);
        return new TransitionRow(shifted, meanGaps);
    }
}
