package io.journeymap.api.identity;

/**
 * What one probabilistic matching run did.
 *
 * @param profilesCompared live profiles with person attributes
 * @param candidatePairs   pairs compared after blocking
 * @param emIterations     EM iterations to estimate the m and u probabilities
 * @param merged           pairs above the upper threshold merged (only when auto-merge is on)
 * @param queued           pairs put on the review queue
 * @param refused          pairs a rule kept apart (a limit, or an admin's earlier decision)
 */
public record MatchRunResult(int profilesCompared, int candidatePairs, int emIterations, int merged, int queued,
        int refused) {
}
