package io.journeymap.identity.internal.matching;

/**
 * A candidate pair with its agreement pattern, match weight, posterior match probability and
 * decision.
 */
public record ScoredPair(MatchRecord left, MatchRecord right, long pattern, double weight, double probability,
                         MatchClass matchClass) {

    /** The same pair with another decision. */
    public ScoredPair withMatchClass(MatchClass decision) {
        return new ScoredPair(left, right, pattern, weight, probability, decision);
    }
}
