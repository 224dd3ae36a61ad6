package io.journeymap.journey.internal.influence;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Shapley-value attribution over channel coalitions, the "simplified Shapley value method" of
 * Zhao, Mahboobi and Bagheri (2018): a journey's coalition is the <em>set</em> of channels it
 * touched, and v(S) is the conversions of all journeys whose channel set is a subset of S.
 *
 * <p>Up to {@code exactLimit} channels every coalition is enumerated (exact, O(2^n · n)); above it
 * the values are estimated from {@code samples} random channel orderings drawn from a seeded
 * generator, so a run is reproducible, and each value comes with its standard error.
 *
 * <p>Conversions of journeys that touched no channel are not attributed to anyone, so the values
 * sum to v(all channels) without them.
 */
public final class ShapleyAttribution {

    /** Up to 15 channels (32 768 coalitions) the exact values take milliseconds. */
    public static final int DEFAULT_EXACT_LIMIT = 15;
    /** 2^24 doubles is 128 MiB; beyond that sampling is the only sensible choice. */
    public static final int MAX_EXACT_LIMIT = 24;
    /** Orderings sampled above the exact limit. */
    public static final int DEFAULT_SAMPLES = 20_000;
    /** The sampling seed unless one is given. */
    public static final long DEFAULT_SEED = 20_180_101L;

    private final int exactLimit;
    private final int samples;
    private final long seed;

    /** With the default limit, samples and seed. */
    public ShapleyAttribution() {
        this(DEFAULT_EXACT_LIMIT, DEFAULT_SAMPLES, DEFAULT_SEED);
    }

    /**
     * @param exactLimit the most channels computed exactly, 0 to {@link #MAX_EXACT_LIMIT}
     * @param samples    random orderings above the limit, at least 2 (for a standard error)
     * @param seed       the sampling seed
     */
    public ShapleyAttribution(int exactLimit, int samples, long seed) {
        if (exactLimit < 0 || exactLimit > MAX_EXACT_LIMIT) {
            throw new IllegalArgumentException("exactLimit must be 0 to " + MAX_EXACT_LIMIT + ", was " + exactLimit);
        }
        if (samples < 2) {
            throw new IllegalArgumentException("samples must be at least 2, was " + samples);
        }
        this.exactLimit = exactLimit;
        this.samples = samples;
        this.seed = seed;
    }

    /**
     * @param coalitions per channel set, its journeys and conversions
     * @return every channel's Shapley value (in conversions) and standard error
     */
    public ShapleyResult values(Map<Set<String>, CoalitionTally> coalitions) {
        CoalitionGame game = CoalitionGame.of(coalitions);
        boolean exact = game.size() <= exactLimit;
        double[] values;
        double[] standardErrors;
        if (exact) {
            values = ExactShapley.values(game);
            standardErrors = new double[game.size()];
        } else {
            double[][] sampled = SampledShapley.values(game, samples, seed);
            values = sampled[0];
            standardErrors = sampled[1];
        }
        return new ShapleyResult(byChannel(game, values), byChannel(game, standardErrors), exact);
    }

    private static Map<String, Double> byChannel(CoalitionGame game, double[] perIndex) {
        Map<String, Double> byChannel = new TreeMap<>();
        for (int i = 0; i < perIndex.length; i++) {
            byChannel.put(game.channels().get(i), perIndex[i]);
        }
        return byChannel;
    }
}
