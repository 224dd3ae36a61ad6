package io.journeymap.identity.internal.matching;

/** The decision for a candidate pair. */
public enum MatchClass {
    /** Weight at or above the upper threshold: the same person. */
    MATCH,
    /** Between the thresholds: a person should look at it. */
    REVIEW,
    /** Below the lower threshold, or lost to a better pair under the one-to-one constraint. */
    NON_MATCH
}
