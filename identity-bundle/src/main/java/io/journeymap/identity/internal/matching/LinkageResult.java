package io.journeymap.identity.internal.matching;

import java.util.List;

/**
 * The outcome of linking or deduplicating: the candidate pairs blocking found, the EM fit, the
 * thresholds as weights, and every candidate pair scored and classified (in candidate order).
 */
public record LinkageResult(CandidatePairs candidatePairs, EmResult em, double upperWeight, double lowerWeight,
                            List<ScoredPair> pairs) {

    public LinkageResult {
        pairs = List.copyOf(pairs);
    }

    public FellegiSunterModel model() {
        return em.model();
    }

    public List<ScoredPair> matches() {
        return pairs.stream().filter(p -> p.matchClass() == MatchClass.MATCH).toList();
    }

    public List<ScoredPair> reviews() {
        return pairs.stream().filter(p -> p.matchClass() == MatchClass.REVIEW).toList();
    }
}
