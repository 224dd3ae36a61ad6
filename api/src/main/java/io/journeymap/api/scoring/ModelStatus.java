package io.journeymap.api.scoring;

/** Where a model version stands. */
public enum ModelStatus {
    /** Registered, not serving. */
    CANDIDATE,
    /** Scores alongside the serving version; its scores are kept apart and not served. */
    SHADOW,
    /** The version whose scores are served. One per model. */
    SERVING,
    /** Served before; a rollback can serve it again. */
    RETIRED
}
