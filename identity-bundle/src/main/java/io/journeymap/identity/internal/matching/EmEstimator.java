package io.journeymap.identity.internal.matching;

import java.util.Arrays;

/**
 * Estimates the m and u probabilities of every field level and the match proportion from
 * unlabelled candidate pairs, by expectation-maximisation on a two-class mixture (match /
 * non-match) with fields conditionally independent given the class (Winkler 1988; Jaro 1989).
 * Works on {@link PatternCounts}, so one iteration costs the number of distinct patterns, not of
 * pairs. A missing field is left out of both the likelihood and the M-step, as in scoring.
 *
 * <p>Start values come from the data and from the ordering of levels only, never from a known
 * data set: u starts at each field's level frequencies over all candidate pairs (most candidates
 * are non-matches, so that is close to u), m starts at a geometric decay from the first level
 * ("exact") down, i.e. "matches mostly agree". Immutable and thread-safe.
 */
public final class EmEstimator {

    public static final int DEFAULT_MAX_ITERATIONS = 1_000;
    public static final double DEFAULT_TOLERANCE = 1e-6;
    /** Match proportion to start from when the caller knows nothing better. */
    public static final double DEFAULT_INITIAL_MATCH_PROPORTION = 0.1;

    /**
     * Probabilities are kept at least this far from 0 and 1: a level never seen among matches
     * would otherwise get an infinite negative weight and veto every future pair with it.
     */
    static final double FLOOR = 1e-6;
    /** Ratio between the start m of consecutive levels. */
    private static final double START_M_DECAY = 0.25;

    private final int maxIterations;
    private final double tolerance;

    public EmEstimator() {
        this(DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }

    /**
     * @param maxIterations iteration cap
     * @param tolerance     EM stops when no parameter (m, u or match proportion) moved more than
     *                      this in an iteration
     */
    public EmEstimator(int maxIterations, double tolerance) {
        if (maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException("maxIterations and tolerance must be positive");
        }
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    public EmResult estimate(PatternCounts counts) {
        return estimate(counts, DEFAULT_INITIAL_MATCH_PROPORTION);
    }

    /**
     * @param initialMatchProportion start value of the match proportion, in (0, 1); when linking
     *                               two deduplicated sources, {@code min(|A|, |B|) / pairs} is the
     *                               most there can be
     */
    public EmResult estimate(PatternCounts counts, double initialMatchProportion) {
        if (counts.size() == 0) {
            throw new IllegalArgumentException("no candidate pairs to estimate from");
        }
        int fields = counts.fields().size();
        double lambda = clamp(initialMatchProportion);
        double[][] m = new double[fields][];
        double[][] u = new double[fields][];
        start(counts, m, u);

        double[] posterior = new double[counts.size()];
        double[][] mNext = new double[fields][];
        double[][] uNext = new double[fields][];
        for (int f = 0; f < fields; f++) {
            mNext[f] = new double[m[f].length];
            uNext[f] = new double[u[f].length];
        }
        int iteration = 0;
        boolean converged = false;
        double logLikelihood = Double.NaN;
        while (iteration < maxIterations && !converged) {
            iteration++;
            // E-step: posterior probability that each distinct pattern is a match.
            logLikelihood = 0;
            for (int p = 0; p < counts.size(); p++) {
                double pm = lambda;
                double pu = 1 - lambda;
                for (int f = 0; f < fields; f++) {
                    int level = counts.level(p, f);
                    if (level != FieldComparator.MISSING) {
                        pm *= m[f][level];
                        pu *= u[f][level];
                    }
                }
                posterior[p] = pm / (pm + pu);
                logLikelihood += counts.count(p) * Math.log(pm + pu);
            }
            // M-step: expected level frequencies within each class.
            double matches = 0;
            for (int f = 0; f < fields; f++) {
                Arrays.fill(mNext[f], 0);
                Arrays.fill(uNext[f], 0);
            }
            for (int p = 0; p < counts.size(); p++) {
                double asMatch = counts.count(p) * posterior[p];
                double asNonMatch = counts.count(p) - asMatch;
                matches += asMatch;
                for (int f = 0; f < fields; f++) {
                    int level = counts.level(p, f);
                    if (level != FieldComparator.MISSING) {
                        mNext[f][level] += asMatch;
                        uNext[f][level] += asNonMatch;
                    }
                }
            }
            double delta = 0;
            for (int f = 0; f < fields; f++) {
                delta = Math.max(delta, normaliseInto(mNext[f], m[f]));
                delta = Math.max(delta, normaliseInto(uNext[f], u[f]));
            }
            double lambdaNext = clamp(matches / counts.total());
            delta = Math.max(delta, Math.abs(lambdaNext - lambda));
            lambda = lambdaNext;
            converged = delta < tolerance;
        }
        FellegiSunterModel model = new FellegiSunterModel(counts.fields(), m, u, lambda);
        if (agreementCountsAgainst(model)) {
            // EM's two classes carry no labels: if the class it called "match" is the one where fields
            // disagree, the fit is right but the names are swapped.
            model = new FellegiSunterModel(counts.fields(), u, m, 1 - lambda);
        }
        return new EmResult(model, iteration, converged, logLikelihood);
    }

    private static void start(PatternCounts counts, double[][] m, double[][] u) {
        for (int f = 0; f < m.length; f++) {
            int levels = counts.levelCount(f);
            m[f] = new double[levels];
            u[f] = new double[levels];
            double weight = 1;
            for (int l = 0; l < levels; l++) {
                m[f][l] = weight;
                weight *= START_M_DECAY;
            }
            normaliseInto(m[f].clone(), m[f]);
        }
        for (int p = 0; p < counts.size(); p++) {
            for (int f = 0; f < u.length; f++) {
                int level = counts.level(p, f);
                if (level != FieldComparator.MISSING) {
                    u[f][level] += counts.count(p);
                }
            }
        }
        for (int f = 0; f < u.length; f++) {
            double seen = 0;
            for (double c : u[f]) {
                seen += c;
            }
            if (seen == 0) {
                Arrays.fill(u[f], 1);
            }
            normaliseInto(u[f].clone(), u[f]);
        }
    }

    /**
     * Writes {@code sums} scaled to a distribution, floored, into {@code target}; returns the
     * largest change. A field never observed (all missing) keeps its previous values.
     */
    private static double normaliseInto(double[] sums, double[] target) {
        double total = 0;
        for (double s : sums) {
            total += s;
        }
        if (total <= 0) {
            return 0;
        }
        double flooredTotal = 0;
        double[] next = new double[sums.length];
        for (int l = 0; l < sums.length; l++) {
            next[l] = Math.max(sums[l] / total, FLOOR);
            flooredTotal += next[l];
        }
        double delta = 0;
        for (int l = 0; l < sums.length; l++) {
            double value = next[l] / flooredTotal;
            delta = Math.max(delta, Math.abs(value - target[l]));
            target[l] = value;
        }
        return delta;
    }

    private static boolean agreementCountsAgainst(FellegiSunterModel model) {
        double exactEverywhere = 0;
        for (int f = 0; f < model.fields().size(); f++) {
            exactEverywhere += model.fieldWeight(f, 0);
        }
        return exactEverywhere < 0;
    }

    private static double clamp(double proportion) {
        return Math.min(1 - FLOOR, Math.max(FLOOR, proportion));
    }
}
