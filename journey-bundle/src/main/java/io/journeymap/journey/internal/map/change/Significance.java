package io.journeymap.journey.internal.map.change;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The tests the change detector uses: the two-proportion z-test, Cohen's h as the effect size of a
 * difference in proportions, and Benjamini–Hochberg adjustment for the false-discovery rate over
 * many comparisons.
 */
public final class Significance {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private Significance() {
    }

    /**
     * Two-sided two-proportion z-test with the pooled variance.
     *
     * @param x1 successes in the first sample
     * @param n1 size of the first sample
     * @param x2 successes in the second sample
     * @param n2 size of the second sample
     * @return the p-value; 1 when either sample is empty or the pooled proportion is 0 or 1
     */
    public static double twoProportionP(double x1, double n1, double x2, double n2) {
        if (n1 <= 0 || n2 <= 0) {
            return 1;
        }
        double pooled = (x1 + x2) / (n1 + n2);
        double variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
        if (variance <= 0) {
            return 1;
        }
        double z = (x1 / n1 - x2 / n2) / Math.sqrt(variance);
        return 2 * NORMAL.cumulativeProbability(-Math.abs(z));
    }

    /**
     * @param p1 a proportion
     * @param p2 another
     * @return Cohen's h, {@code 2·asin√p2 − 2·asin√p1}: 0.2 small, 0.5 medium, 0.8 large
     */
    public static double cohenH(double p1, double p2) {
        return 2 * Math.asin(Math.sqrt(clamp(p2))) - 2 * Math.asin(Math.sqrt(clamp(p1)));
    }

    /**
     * Benjamini–Hochberg adjusted p-values (q-values): rejecting every hypothesis with q ≤ α
     * keeps the expected share of false discoveries at or below α.
     *
     * @param p p-values
     * @return q-values, in the same order
     */
    public static double[] benjaminiHochberg(double[] p) {
        int m = p.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] q = new double[m];
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            q[i] = Math.min(1, running);
        }
        return q;
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
