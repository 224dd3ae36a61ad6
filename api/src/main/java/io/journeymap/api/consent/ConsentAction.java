package io.journeymap.api.consent;

/** What a ledger entry says about a purpose. */
public enum ConsentAction {
    /** The person agreed. */
    GRANTED,
    /** The person refused when asked (or an opt-out signal said no). */
    DENIED,
    /** The person withdrew an earlier grant. */
    REVOKED;

    /** @return true when the action permits the purpose */
    public boolean permits() {
        return this == GRANTED;
    }
}
