package io.journeymap.journey.internal.influence;

import java.util.Map;
import java.util.TreeMap;

/**
 * Removal-effect attribution on an absorbing Markov chain of any order (Anderl et al. 2016): how
 * much of the probability of converting is lost when a name is taken out of the journeys.
 *
 * <p>RE(c) = 1 − P(conversion | c removed) / P(conversion). Removing c sends every transition
 * into a state whose newest name is c to (null); for order &gt; 1 that kills every history
 * containing c, and this class makes exactly those histories worth 0.
 *
 * <p>The chain is solved by Gauss–Seidel iteration rather than by inverting a matrix, because at
 * order 3 there can be thousands of states but each has only a few successors.
 */
public final class MarkovAttribution {

    /**
     * Limits of the iterative solve.
     *
     * @param tolerance stop once no state's value changes by more than this in a sweep; the error
     *                  left is about this over (1 − the chain's contraction per sweep), far below
     *                  the sampling error of any probability estimated from counts
     * @param maxSweeps give up (with an exception) after this many sweeps
     */
    public record Solver(double tolerance, int maxSweeps) {

        /** Validates the limits. */
        public Solver {
            if (!(tolerance > 0) || maxSweeps < 1) {
                throw new IllegalArgumentException("a solver needs a positive tolerance and at least one sweep, was "
                        + tolerance + " and " + maxSweeps);
            }
        }
    }

    /** 1e-12 and 100 000 sweeps: far tighter than any estimate from counts, and still fast. */
    public static final Solver DEFAULT_SOLVER = new Solver(1e-12, 100_000);

    private final Solver solver;

    /** With {@link #DEFAULT_SOLVER}. */
    public MarkovAttribution() {
        this(DEFAULT_SOLVER);
    }

    /** @param solver the iteration limits */
    public MarkovAttribution(Solver solver) {
        this.solver = solver;
    }

    /**
     * @param table the transition counts
     * @return the probability of absorbing in (conversion) from {@code [(start)]}; 0 without a start
     * @throws IllegalStateException if the solve does not converge within the solver's limits
     */
    public double conversionProbability(TransitionTable table) {
        return AbsorbingChain.of(table).conversionProbability(null, solver);
    }

    /**
     * @param table the transition counts
     * @return the removal effect of every name in the table, sorted by name; all 0 if the chain never
     *         converts (there is nothing to lose)
     * @throws IllegalStateException if a solve does not converge within the solver's limits
     */
    public Map<String, Double> removalEffects(TransitionTable table) {
        AbsorbingChain chain = AbsorbingChain.of(table);
        double base = chain.conversionProbability(null, solver);
        Map<String, Double> effects = new TreeMap<>();
        for (String name : chain.names()) {
            double without = base == 0 ? 0 : chain.conversionProbability(name, solver);
            // removing a name can only lose conversions; max() only absorbs solver rounding
            effects.put(name, base == 0 ? 0 : Math.max(0, 1 - without / base));
        }
        return effects;
    }

    /**
     * @param effects removal effects per name
     * @return the effects normalised to sum to 1, the usual "attributed share of conversions"
     */
    public static Map<String, Double> shares(Map<String, Double> effects) {
        return AttributionShares.of(effects);
    }
}
