package io.journeymap.journey.internal.influence;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Shapley values estimated from random orderings of the channels (Castro et al. 2009): a
 * channel's value is its mean marginal contribution over the orderings, with the standard error
 * of that mean. In this game a channel's marginal contribution in an ordering is the conversions
 * of the coalitions it completes, so each ordering costs the sum of the coalition sizes, and the
 * estimates always sum exactly to v(all channels).
 */
final class SampledShapley {

    private SampledShapley() {
    }

    /**
     * @return {values, standard errors}
     */
    static double[][] values(CoalitionGame game, int samples, long seed) {
        int n = game.size();
        int[][] coalitionsOf = coalitionsByChannel(game);
        int[] size = new int[game.members().length];
        for (int c = 0; c < size.length; c++) {
            size[c] = game.members()[c].length;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] missing = new int[size.length];
        double[] sum = new double[n];
        double[] sumOfSquares = new double[n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int sample = 0; sample < samples; sample++) {
            shuffle(order, random);
            System.arraycopy(size, 0, missing, 0, size.length);
            for (int channel : order) {
                double marginal = 0;
                for (int coalition : coalitionsOf[channel]) {
                    if (--missing[coalition] == 0) {
                        marginal += game.conversions()[coalition];
                    }
                }
                sum[channel] += marginal;
                sumOfSquares[channel] += marginal * marginal;
            }
        }
        double[] mean = new double[n];
        double[] standardError = new double[n];
        for (int i = 0; i < n; i++) {
            mean[i] = sum[i] / samples;
            double variance = Math.max(0, (sumOfSquares[i] - samples * mean[i] * mean[i]) / (samples - 1));
            standardError[i] = Math.sqrt(variance / samples);
        }
        return new double[][] {mean, standardError};
    }

    private static int[][] coalitionsByChannel(CoalitionGame game) {
        List<List<Integer>> of = new ArrayList<>();
        for (int i = 0; i < game.size(); i++) {
            of.add(new ArrayList<>());
        }
        for (int c = 0; c < game.members().length; c++) {
            for (int member : game.members()[c]) {
                of.get(member).add(c);
            }
        }
        return of.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
