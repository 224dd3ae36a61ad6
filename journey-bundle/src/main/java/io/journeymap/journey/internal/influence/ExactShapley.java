package io.journeymap.journey.internal.influence;

/**
 * Exact Shapley values by enumerating all 2^n coalitions as bitmasks, O(2^n · n) time and 2^n
 * doubles of memory: v over every mask by a subset-sum (zeta) transform, then every channel's
 * weighted marginal contributions.
 */
final class ExactShapley {

    private ExactShapley() {
    }

    static double[] values(CoalitionGame game) {
        int n = game.size();
        int masks = 1 << n;
        double[] v = new double[masks];
        for (int c = 0; c < game.members().length; c++) {
            int mask = 0;
            for (int member : game.members()[c]) {
                mask |= 1 << member;
            }
            v[mask] += game.conversions()[c];
        }
        for (int bit = 0; bit < n; bit++) {
            for (int mask = 0; mask < masks; mask++) {
                if ((mask & (1 << bit)) != 0) {
                    v[mask] += v[mask ^ (1 << bit)];
                }
            }
        }
        double[] weight = coalitionWeights(n);
        double[] phi = new double[n];
        for (int mask = 0; mask < masks; mask++) {
            double w = weight[Integer.bitCount(mask)];
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) == 0) {
                    phi[i] += w * (v[mask | (1 << i)] - v[mask]);
                }
            }
        }
        return phi;
    }

    /*
     * |S|! (n − |S| − 1)! / n! = 1 / (n · C(n − 1, |S|)), by size; in doubles, so no factorial
     * overflows. Index n (the full set, which no channel can join) is left 0.
     */
    private static double[] coalitionWeights(int n) {
        double[] weight = new double[n + 1];
        double binomial = 1;
        for (int s = 0; s < n; s++) {
            weight[s] = 1 / (n * binomial);
            binomial = binomial * (n - 1 - s) / (s + 1);
        }
        return weight;
    }
}
