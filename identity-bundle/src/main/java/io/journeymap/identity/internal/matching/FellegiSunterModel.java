package io.journeymap.identity.internal.matching;

import java.util.List;
import java.util.Locale;

/**
 * The Fellegi-Sunter model: for every field and agreement level, m = P(level | match) and
 * u = P(level | non-match), and the proportion of matches among the candidate pairs. A pair's
 * weight is the sum over its non-missing fields of log2(m / u): each field is taken as
 * independent evidence (the conditional independence assumption), and a missing field adds
 * nothing. Immutable and thread-safe.
 */
public final class FellegiSunterModel {

    private final List<String> fields;
    private final double[][] m;
    private final double[][] u;
    private final double[][] weights;
    private final double matchProportion;
    private final double priorLog2Odds;

    /**
     * @param m               per field, per level, P(level | match); each row sums to 1
     * @param u               per field, per level, P(level | non-match); each row sums to 1
     * @param matchProportion share of matches among the candidate pairs, in (0, 1)
     */
    public FellegiSunterModel(List<String> fields, double[][] m, double[][] u, double matchProportion) {
        if (fields.size() != m.length || fields.size() != u.length) {
            throw new IllegalArgumentException("one m and one u row per field");
        }
        if (!(matchProportion > 0 && matchProportion < 1)) {
            throw new IllegalArgumentException("matchProportion must be in (0, 1): " + matchProportion);
        }
        this.fields = List.copyOf(fields);
        this.m = new double[m.length][];
        this.u = new double[u.length][];
        this.weights = new double[m.length][];
        for (int f = 0; f < m.length; f++) {
            if (m[f].length != u[f].length) {
                throw new IllegalArgumentException("field " + fields.get(f) + ": m and u have different level counts");
            }
            this.m[f] = m[f].clone();
            this.u[f] = u[f].clone();
            this.weights[f] = new double[m[f].length];
            for (int l = 0; l < m[f].length; l++) {
                if (!(m[f][l] > 0 && u[f][l] > 0)) {
                    throw new IllegalArgumentException("field " + fields.get(f) + " level " + l
                            + ": m and u must be positive, a zero would make a weight infinite");
                }
                weights[f][l] = log2(m[f][l] / u[f][l]);
            }
        }
        this.matchProportion = matchProportion;
        this.priorLog2Odds = log2(matchProportion / (1 - matchProportion));
    }

    public List<String> fields() {
        return fields;
    }

    public int levelCount(int field) {
        return m[field].length;
    }

    public double m(int field, int level) {
        return m[field][level];
    }

    public double u(int field, int level) {
        return u[field][level];
    }

    /** Share of matches among the candidate pairs the model was estimated on. */
    public double matchProportion() {
        return matchProportion;
    }

    /** log2(m / u) of one field at one level. */
    public double fieldWeight(int field, int level) {
        return weights[field][level];
    }

    /** The match weight of an agreement pattern: log2 of the likelihood ratio. */
    public double weight(long pattern) {
        double w = 0;
        for (int f = 0; f < weights.length; f++) {
            int level = AgreementPattern.level(pattern, f);
            if (level != FieldComparator.MISSING) {
                w += weights[f][level];
            }
        }
        return w;
    }

    /** Posterior match probability of a pair with this weight, given the match proportion as prior. */
    public double probability(double weight) {
        return 1 / (1 + Math.pow(2, -(weight + priorLog2Odds)));
    }

    /** The weight at which the posterior match probability equals {@code probability}. */
    public double weightAt(double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1): " + probability);
        }
        return log2(probability / (1 - probability)) - priorLog2Odds;
    }

    /** The m, u and weight table, one line per field level. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "match proportion %.5f%n", matchProportion));
        for (int f = 0; f < fields.size(); f++) {
            for (int l = 0; l < m[f].length; l++) {
                b.append(String.format(Locale.ROOT, "  %-14s level %d  m=%.4f  u=%.6f  w=%+6.2f%n",
                        fields.get(f), l, m[f][l], u[f][l], weights[f][l]));
            }
        }
        return b.toString();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
