package io.journeymap.api.consent;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.TouchpointEvent;
import java.util.List;
import java.util.Map;

/**
 * Consent, enforced: the ledger of signals, the state per person and purpose derived from it, and
 * the checks every enforcement point calls. A person is whoever holds an identifier now; their
 * state is the latest signal by event time over all their identifiers, else their region's
 * default (opt-in in the EU/EEA/UK, opt-out in the US, configurable).
 */
public interface ConsentService {

    /** @return the configured purposes */
    List<String> purposes();

    /**
     * Appends signals to the ledger for the person holding the identifiers. Idempotent: the same
     * signal (same subjects, purpose, action, event time and source) is recorded once.
     *
     * @param subjects identifiers as a source sends them; they are normalised first
     * @param changes  the signals
     * @param region   the region they were given in, or null
     * @return the entries as recorded (existing ones for repeats)
     * @throws IllegalArgumentException naming the field and rule when a purpose is unknown or no identifier is valid
     */
    List<ConsentRecord> record(List<Identifier> subjects, List<ConsentChange> changes, String region);

    /**
     * @param identifier any identifier of the person
     * @return the person's state per configured purpose
     */
    Map<String, PurposeState> state(Identifier identifier);

    /**
     * @param profileId a profile id
     * @return the profile's state per configured purpose (an unknown or erased profile permits nothing)
     */
    Map<String, PurposeState> stateOfProfile(String profileId);

    /**
     * @param identifier any identifier of the person
     * @return every ledger entry that binds the person, oldest event first
     */
    List<ConsentRecord> history(Identifier identifier);

    /**
     * The ingest gate: records the consent signals the events carry, then decides per event whether
     * its person permits analytics. Events with a suppressed identifier are dropped. Withheld
     * events are audited.
     *
     * @param events a batch, in order
     * @return one admission per event, in the same order
     */
    List<Admission> admit(List<TouchpointEvent> events);

    /**
     * The check scoring and activation call before they act for a person; every answer is
     * audited. An unknown or erased profile is never permitted.
     *
     * @param profileId the person's profile
     * @param purpose   the purpose the action needs
     * @param point     who asks
     * @param detail    what is asked for (e.g. the destination), for the audit log; no personal data
     * @return the decision and its reason
     */
    ConsentDecision check(String profileId, String purpose, EnforcementPoint point, String detail);

    /**
     * @param query a filter
     * @return matching audit entries, newest first
     */
    List<AuditEntry> audit(AuditQuery query);

    /**
     * @param identifier an identifier
     * @return its keyed hash as audit entries and logs show it ({@code h:<hex>}), so an admin can find a person there
     */
    String subjectRef(Identifier identifier);

    /**
     * @param identifier any identifier of the person
     * @return every name the audit log may know the person by: their profile ids and the keyed hashes of their identifiers
     */
    List<String> auditSubjects(Identifier identifier);
}
