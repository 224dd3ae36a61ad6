package io.journeymap.api.consent;

/**
 * A person's current state for one purpose: the latest ledger entry by event time, or the default
 * of the person's region when the ledger says nothing.
 *
 * @param purpose the purpose
 * @param granted whether the purpose is permitted now
 * @param basis   why: {@code ledger} or {@code default:<REGION>:opt_in|opt_out}
 * @param latest  the deciding ledger entry, or null when a default decided
 */
public record PurposeState(String purpose, boolean granted, String basis, ConsentRecord latest) {
}
