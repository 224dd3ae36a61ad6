package io.journeymap.api.consent;

import java.time.Instant;
import java.util.Objects;

/**
 * One consent signal about one purpose, before it is recorded.
 *
 * @param purpose    the purpose
 * @param action     granted, denied or revoked
 * @param eventTime  when the person gave the signal (the ledger orders by this, not by arrival)
 * @param source     where the signal came from, e.g. {@code tcf}, {@code gpc}, {@code cmp:onetrust}, {@code hubspot}
 * @param legalBasis the legal basis, e.g. {@code consent}, {@code legitimate_interest}, {@code opt_out}
 * @param evidence   the raw signal as received (a TC string, a header, a CRM field), kept as proof
 */
public record ConsentChange(String purpose, ConsentAction action, Instant eventTime, String source, String legalBasis,
        String evidence) {

    /** Purpose, action, time and source are required. */
    public ConsentChange {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(source, "source");
        legalBasis = legalBasis == null ? "consent" : legalBasis;
        evidence = evidence == null ? "" : evidence;
    }
}
