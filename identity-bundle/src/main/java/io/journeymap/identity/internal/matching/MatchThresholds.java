package io.journeymap.identity.internal.matching;

import java.util.Locale;

/**
 * The upper and lower thresholds of the Fellegi-Sunter decision rule, either on the posterior
 * match probability (turned into weights through the model's match proportion) or directly on the
 * weight. Immutable.
 */
public final class MatchThresholds {

    /**
     * Upper 0.9: a MATCH merges two profiles without anyone looking, and merging two different
     * people (mixing their histories and consents) costs more and is harder to undo than a missed
     * merge, which only goes to review; so a match must be at least 9:1 odds. Lower 0.5: below
     * even odds a pair is more likely two people than one and not worth a reviewer's time.
     */
    public static final MatchThresholds DEFAULT = posterior(0.9, 0.5);

    private final boolean onProbability;
    private final double upper;
    private final double lower;

    private MatchThresholds(boolean onProbability, double upper, double lower) {
        if (upper < lower) {
            throw new IllegalArgumentException("upper threshold " + upper + " is below lower threshold " + lower);
        }
        this.onProbability = onProbability;
        this.upper = upper;
        this.lower = lower;
    }

    /** Thresholds on the posterior match probability, both in (0, 1). */
    public static MatchThresholds posterior(double upper, double lower) {
        if (!(upper > 0 && upper < 1 && lower > 0 && lower < 1)) {
            throw new IllegalArgumentException("posterior thresholds must be in (0, 1): " + upper + ", " + lower);
        }
        return new MatchThresholds(true, upper, lower);
    }

    /** Thresholds on the log2 match weight, for when the match proportion is not to be trusted. */
    public static MatchThresholds weights(double upper, double lower) {
        return new MatchThresholds(false, upper, lower);
    }

    public double upperWeight(FellegiSunterModel model) {
        return onProbability ? model.weightAt(upper) : upper;
    }

    public double lowerWeight(FellegiSunterModel model) {
        return onProbability ? model.weightAt(lower) : lower;
    }

    public MatchClass classify(double weight, FellegiSunterModel model) {
        if (weight >= upperWeight(model)) {
            return MatchClass.MATCH;
        }
        return weight >= lowerWeight(model) ? MatchClass.REVIEW : MatchClass.NON_MATCH;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s upper %.3f lower %.3f", onProbability ? "posterior" : "weight", upper, lower);
    }
}
