package io.journeymap.api.consent;

/** Where consent is enforced. */
public enum EnforcementPoint {
    /** Before an event is tied to a person: without analytics consent it is dropped or anonymised. */
    INGEST,
    /** Before a score, segment or sentiment is computed for a person (personalization). */
    SCORING,
    /** Before an action is sent to a destination (email_marketing, advertising …). */
    ACTIVATION
}
