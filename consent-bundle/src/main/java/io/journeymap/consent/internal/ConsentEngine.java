package io.journeymap.consent.internal;

import io.journeymap.api.store.Transactions;
import io.journeymap.api.consent.Admission;
import io.journeymap.api.consent.AuditEntry;
import io.journeymap.api.consent.AuditQuery;
import io.journeymap.api.consent.ConsentAction;
import io.journeymap.api.consent.ConsentChange;
import io.journeymap.api.consent.ConsentDecision;
import io.journeymap.api.consent.ConsentRecord;
import io.journeymap.api.consent.ConsentService;
import io.journeymap.api.consent.EnforcementPoint;
import io.journeymap.api.consent.PurposeState;
import io.journeymap.api.consent.Purposes;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.identity.IdentityGraph;
import io.journeymap.api.identity.ProfileIdentity;
import io.journeymap.consent.internal.ledger.AuditLog;
import io.journeymap.consent.internal.ledger.ConsentLedger;
import io.journeymap.consent.internal.ledger.Suppressions;
import io.journeymap.consent.internal.ledger.SubjectHasher;
import io.journeymap.consent.internal.signal.EventRegion;
import io.journeymap.consent.internal.signal.SignalReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consent service over the journey store. A person is whoever holds an identifier now (the
 * identity graph says who); their consent is the latest ledger entry by event time over all their
 * identifiers, else their region's default. The ingest gate runs before identity resolution, so a
 * person who does not permit analytics is never written into the graph.
 */
public final class ConsentEngine implements ConsentService {

    private static final Logger LOG = LoggerFactory.getLogger(ConsentEngine.class);

    /** How far ahead of its arrival a signal's own time may be. */
    static final java.time.Duration MAX_SKEW = java.time.Duration.ofMinutes(5);

    private final DataSource dataSource;
    private final IdentityGraph identity;
    private final ConsentSettings settings;
    private final ConsentLedger ledger;
    private final AuditLog audit;
    private final Suppressions suppressions;
    private final SubjectHasher hasher;
    private final SignalReader signals;
    private final Clock clock;

    /**
     * @param dataSource the journey store (schema migrated)
     * @param identity   who holds which identifier
     * @param settings   purposes, policy and mappings
     * @param clock      for recorded times
     */
    public ConsentEngine(DataSource dataSource, IdentityGraph identity, ConsentSettings settings, Clock clock) {
        this.dataSource = dataSource;
        this.identity = identity;
        this.settings = settings;
        this.ledger = new ConsentLedger(clock);
        this.audit = new AuditLog(clock);
        this.suppressions = new Suppressions(clock);
        this.signals = new SignalReader(settings);
        this.clock = clock;
        this.hasher = inTransaction(SubjectHasher::load);
    }

    @Override
    public List<String> purposes() {
        return settings.purposes();
    }

    // ---- ingest ---------------------------------------------------------------------------

    @Override
    public List<Admission> admit(List<TouchpointEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<List<Identifier>> own = new ArrayList<>(events.size());
        Set<Identifier> all = new LinkedHashSet<>();
        for (TouchpointEvent e : events) {
            List<Identifier> ids = normalise(e.identifiers());
            own.add(ids);
            all.addAll(ids);
        }
        Map<Identifier, ProfileIdentity> profiles = identity.lookupAll(all);
        List<Person> people = new ArrayList<>(events.size());
        Set<Identifier> everyone = new HashSet<>(all);
        for (List<Identifier> ids : own) {
            Person p = Person.of(ids, profiles);
            people.add(p);
            everyone.addAll(p.identifiers());
        }
        return inTransaction(c -> {
            Map<Identifier, List<ConsentRecord>> known = ledger.entriesOf(c, everyone);
            Map<String, Identifier> refs = new HashMap<>();
            for (Identifier id : everyone) {
                refs.put(hasher.ref(id), id);
            }
            Map<Identifier, java.time.Instant> suppressedIds = new HashMap<>();
            suppressions.suppressed(c, refs.keySet()).forEach((s, before) -> suppressedIds.put(refs.get(s), before));

            // pass 1: the signals of each event, in order; a refusal after a grant is a revocation
            List<ConsentLedger.Pending> pending = new ArrayList<>();
            List<Integer> pendingEvent = new ArrayList<>();
            List<AuditLog.Decision> decisions = new ArrayList<>();
            Map<Identifier, List<ConsentRecord>> seen = copy(known);
            Map<Integer, List<ConsentRecord>> ownSignals = new HashMap<>();
            Map<Long, java.time.Instant> confirmations = new HashMap<>();
            for (int i = 0; i < events.size(); i++) {
                TouchpointEvent e = events.get(i);
                SignalReader.Signals read = signals.read(e);
                if (read.rejected() != null) {
                    String subject = people.get(i).subject(hasher);
                    LOG.warn("consent signal rejected: {} (subject {}, event {})", read.rejected(), subject,
                            e.source() == null ? "?" : e.source().key());
                    decisions.add(new AuditLog.Decision(EnforcementPoint.INGEST, "signal", false,
                            "signal rejected: " + read.rejected(), subject, detail(e)));
                }
                if (read.changes().isEmpty()) {
                    continue;
                }
                String region = EventRegion.of(e);
                Map<String, PurposeState> before = PurposeStates.of(settings.purposes(),
                        entriesOf(people.get(i), seen), region, settings.regions());
                // what this event's own identifiers already say: a repetition of it records nothing
                Map<String, PurposeState> ownBefore = PurposeStates.of(settings.purposes(),
                        entriesOf(own.get(i), seen), region, settings.regions());
                for (ConsentChange signal : read.changes()) {
                    if (!settings.purposes().contains(signal.purpose())) {
                        continue;
                    }
                    ConsentChange ch = notInTheFuture(signal, e);
                    PurposeState prior = before.get(ch.purpose());
                    boolean priorIsOlder = prior.latest() == null
                            || !prior.latest().effectiveTime().isAfter(ch.eventTime());
                    PurposeState ownPrior = ownBefore.get(ch.purpose());
                    if (ownPrior.latest() != null && ownPrior.granted() == ch.action().permits()) {
                        // the ledger records changes: an SDK repeats the same preferences on every
                        // event. A later repetition moves the entry's confirmation time, so a late
                        // signal from before it still cannot become the latest. Only an entry bound to
                        // this event's own identifiers counts: one reached through a shared anonymous
                        // id may be another person's.
                        ConsentRecord latest = ownPrior.latest();
                        if (ch.eventTime().isAfter(latest.effectiveTime()) && latest.recordedAt() != null) {
                            confirmations.merge(latest.entryId(), ch.eventTime(), (a, b) -> a.isAfter(b) ? a : b);
                            ConsentRecord confirmed = latest.confirmedAt(ch.eventTime());
                            ownBefore.put(ch.purpose(), new PurposeState(ch.purpose(), ownPrior.granted(), "ledger",
                                    confirmed));
                            for (Identifier id : people.get(i).identifiers()) {
                                List<ConsentRecord> list = seen.get(id);
                                if (list != null) {
                                    list.replaceAll(r -> r.entryId() == latest.entryId() ? confirmed : r);
                                }
                            }
                        }
                        continue;
                    }
                    ConsentChange change = ch.action() == ConsentAction.DENIED && prior.latest() != null
                            && prior.granted() && priorIsOlder
                            ? new ConsentChange(ch.purpose(), ConsentAction.REVOKED, ch.eventTime(), ch.source(),
                                    ch.legalBasis(), ch.evidence())
                            : ch;
                    ConsentRecord provisional = new ConsentRecord(Long.MAX_VALUE / 2 + pending.size() + i, own.get(i),
                            change, region, null, null);
                    if (own.get(i).isEmpty()) {
                        // nothing to bind it to: it still decides this event
                        ownSignals.computeIfAbsent(i, k -> new ArrayList<>()).add(provisional);
                        continue;
                    }
                    pending.add(new ConsentLedger.Pending(own.get(i), change, region));
                    pendingEvent.add(i);
                    if (priorIsOlder) {
                        before.put(change.purpose(), new PurposeState(change.purpose(), change.action().permits(),
                                "ledger", provisional));
                    }
                    if (ownPrior.latest() == null || !ownPrior.latest().effectiveTime().isAfter(change.eventTime())) {
                        ownBefore.put(change.purpose(), new PurposeState(change.purpose(), change.action().permits(),
                                "ledger", provisional));
                    }
                    for (Identifier id : own.get(i)) {
                        seen.computeIfAbsent(id, k -> new ArrayList<>()).add(provisional);
                    }
                }
            }
            List<ConsentRecord> recorded = ledger.append(c, pending);
            ledger.confirm(c, confirmations);

            // pass 2: decide each event with what the ledger held plus the signals up to it
            Map<Identifier, List<ConsentRecord>> upTo = copy(known);
            int next = 0;
            List<Admission> admissions = new ArrayList<>(events.size());
            int withheld = 0;
            // one audit entry per person, reason and outcome in a batch, with the count of events
            Map<List<String>, Integer> withheldBy = new LinkedHashMap<>();
            for (int i = 0; i < events.size(); i++) {
                while (next < recorded.size() && pendingEvent.get(next) == i) {
                    for (Identifier id : recorded.get(next).subjects()) {
                        upTo.computeIfAbsent(id, k -> new ArrayList<>()).add(recorded.get(next));
                    }
                    next++;
                }
                TouchpointEvent e = events.get(i);
                Person person = people.get(i);
                Admission a = decide(e, person, upTo, ownSignals.getOrDefault(i, List.of()), suppressedIds);
                admissions.add(a);
                if (a.outcome() != Admission.Outcome.KEEP) {
                    withheld++;
                    withheldBy.merge(List.of(person.subject(hasher), a.reason(), a.outcome().name().toLowerCase(Locale.ROOT),
                            e.source() == null ? "?" : e.source().key()), 1, Integer::sum);
                }
            }
            withheldBy.forEach((k, n) -> decisions.add(new AuditLog.Decision(EnforcementPoint.INGEST, Purposes.ANALYTICS,
                    false, k.get(1), k.get(0), n + (n == 1 ? " event from " : " events from ") + k.get(3) + " " + k.get(2))));
            audit.write(c, decisions);
            if (withheld > 0 || !pending.isEmpty()) {
                LOG.debug("ingest gate: {} events, {} withheld, {} consent signals", events.size(), withheld,
                        pending.size());
            }
            return admissions;
        });
    }

    private Admission decide(TouchpointEvent e, Person person, Map<Identifier, List<ConsentRecord>> entries,
            List<ConsentRecord> unbound, Map<Identifier, java.time.Instant> suppressed) {
        for (Identifier id : person.identifiers()) {
            java.time.Instant before = suppressed.get(id);
            if (before == java.time.Instant.MAX) {
                return new Admission(Admission.Outcome.DROP, null, "suppressed after erasure");
            }
            if (before != null && e.receivedAt() != null && !e.receivedAt().isAfter(before)
                    && e.identifiers().stream().anyMatch(raw -> identity.normalize(raw).filter(id::equals).isPresent())) {
                // in flight when its person was erased: part of the erased past, not a return
                return new Admission(Admission.Outcome.DROP, null, "received before its person's erasure");
            }
        }
        List<ConsentRecord> binding = entriesOf(person, entries);
        binding.addAll(unbound);
        PurposeState analytics = PurposeStates.of(settings.purposes(), binding, EventRegion.of(e),
                settings.regions()).get(Purposes.ANALYTICS);
        if (analytics.granted()) {
            return Admission.keep(e);
        }
        Admission.Outcome outcome = settings.ingestPolicy() == ConsentSettings.IngestPolicy.DROP
                ? Admission.Outcome.DROP : Admission.Outcome.ANONYMISE;
        return new Admission(outcome, null, "analytics not permitted: " + PurposeStates.reason(analytics));
    }

    /** Client clocks run ahead: a signal never counts as later than its event's arrival (plus a little skew). */
    private ConsentChange notInTheFuture(ConsentChange ch, TouchpointEvent e) {
        java.time.Instant latest = (e.receivedAt() != null ? e.receivedAt() : clock.instant()).plus(MAX_SKEW);
        return ch.eventTime().isAfter(latest) ? new ConsentChange(ch.purpose(), ch.action(), latest, ch.source(),
                ch.legalBasis(), ch.evidence()) : ch;
    }

    private static String detail(TouchpointEvent e) {
        return "event " + (e.source() == null ? "?" : e.source().key()) + " " + e.type();
    }

    private static List<ConsentRecord> entriesOf(Person person, Map<Identifier, List<ConsentRecord>> entries) {
        return entriesOf(person.identifiers(), entries);
    }

    private static List<ConsentRecord> entriesOf(Collection<Identifier> ids, Map<Identifier, List<ConsentRecord>> entries) {
        List<ConsentRecord> out = new ArrayList<>();
        for (Identifier id : ids) {
            out.addAll(entries.getOrDefault(id, List.of()));
        }
        return out;
    }

    private static Map<Identifier, List<ConsentRecord>> copy(Map<Identifier, List<ConsentRecord>> m) {
        Map<Identifier, List<ConsentRecord>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        return out;
    }

    // ---- ledger -----------------------------------------------------------------------------

    @Override
    public List<ConsentRecord> record(List<Identifier> subjects, List<ConsentChange> changes, String region) {
        List<Identifier> ids = normalise(subjects);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("identifiers: at least one valid identifier is required");
        }
        java.time.Instant latest = clock.instant().plus(MAX_SKEW);
        for (int i = 0; i < changes.size(); i++) {
            if (!settings.purposes().contains(changes.get(i).purpose())) {
                throw new IllegalArgumentException("changes[" + i + "].purpose: must be one of " + settings.purposes());
            }
            if (changes.get(i).eventTime().isAfter(latest)) {
                throw new IllegalArgumentException("changes[" + i + "].timestamp: must not be in the future");
            }
        }
        String r = region == null ? null : RegionRules.regionOf(region);
        List<ConsentLedger.Pending> pending = changes.stream().map(ch -> new ConsentLedger.Pending(ids, ch, r)).toList();
        return inTransaction(c -> ledger.append(c, pending));
    }

    @Override
    public Map<String, PurposeState> state(Identifier identifier) {
        Set<Identifier> person = person(identifier);
        return inTransaction(c -> PurposeStates.of(settings.purposes(), flatten(ledger.entriesOf(c, person)), null,
                settings.regions()));
    }

    @Override
    public Map<String, PurposeState> stateOfProfile(String profileId) {
        Optional<ProfileIdentity> profile = identity.profile(profileId);
        if (profile.isEmpty()) {
            Map<String, PurposeState> none = new LinkedHashMap<>();
            settings.purposes().forEach(p -> none.put(p, new PurposeState(p, false, "unknown or erased profile", null)));
            return none;
        }
        return inTransaction(c -> PurposeStates.of(settings.purposes(),
                flatten(ledger.entriesOf(c, profile.get().identifiers())), null, settings.regions()));
    }

    @Override
    public List<ConsentRecord> history(Identifier identifier) {
        Set<Identifier> person = person(identifier);
        return inTransaction(c -> ledger.history(c, person));
    }

    // ---- scoring and activation ----------------------------------------------------------------

    @Override
    public ConsentDecision check(String profileId, String purpose, EnforcementPoint point, String detail) {
        if (!settings.purposes().contains(purpose)) {
            throw new IllegalArgumentException("purpose: must be one of " + settings.purposes());
        }
        PurposeState state = stateOfProfile(profileId).get(purpose);
        String reason = state.latest() == null && state.basis().equals("unknown or erased profile")
                ? state.basis() : PurposeStates.reason(state);
        ConsentDecision decision = new ConsentDecision(state.granted(), purpose, reason);
        inTransaction(c -> {
            audit.write(c, List.of(new AuditLog.Decision(point, purpose, state.granted(), reason, profileId,
                    detail == null ? "" : detail)));
            return null;
        });
        return decision;
    }

    @Override
    public List<AuditEntry> audit(AuditQuery query) {
        return inTransaction(c -> audit.query(c, query));
    }

    @Override
    public String subjectRef(Identifier identifier) {
        return hasher.ref(identity.normalize(identifier).orElseThrow(() -> new IllegalArgumentException(
                "identifier.value: not a valid " + identifier.type().wireName())));
    }

    @Override
    public List<String> auditSubjects(Identifier identifier) {
        Set<String> out = new LinkedHashSet<>();
        Set<Identifier> person = person(identifier);
        for (Identifier id : person) {
            identity.lookup(id).ifPresent(p -> out.addAll(identity.profileHistory(p.profileId())));
        }
        person.forEach(id -> out.add(hasher.ref(id)));
        return List.copyOf(out);
    }

    // ---- the person -----------------------------------------------------------------------------

    /**
     * Everyone an identifier stands for: the identifiers of the profile holding it, and those that
     * came with the same consent signals (a person the gate kept out of the graph has only those).
     *
     * @throws IllegalArgumentException naming the rule when the identifier is not valid
     */
    Set<Identifier> person(Identifier identifier) {
        Identifier id = identity.normalize(identifier).orElseThrow(() -> new IllegalArgumentException(
                "identifier.value: not a valid " + identifier.type().wireName()));
        Set<Identifier> person = new LinkedHashSet<>();
        person.add(id);
        Optional<ProfileIdentity> profile = identity.lookup(id);
        if (profile.isPresent()) {
            person.addAll(profile.get().identifiers());
            return person;
        }
        // a person the gate kept out of the graph is known only by the identifiers their signals
        // came with; one another profile holds is someone else's (a shared browser), never theirs
        Set<Identifier> coSubjects = inTransaction(c -> {
            Set<Identifier> out = new LinkedHashSet<>();
            ledger.history(c, person).forEach(r -> out.addAll(r.subjects()));
            return out;
        });
        coSubjects.removeAll(identity.lookupAll(coSubjects).keySet());
        person.addAll(coSubjects);
        return person;
    }

    ConsentLedger ledger() {
        return ledger;
    }

    AuditLog auditLog() {
        return audit;
    }

    Suppressions suppressions() {
        return suppressions;
    }

    SubjectHasher hasher() {
        return hasher;
    }

    IdentityGraph identity() {
        return identity;
    }

    private List<Identifier> normalise(Collection<Identifier> raw) {
        Set<Identifier> out = new LinkedHashSet<>();
        for (Identifier id : raw) {
            // a NUL cannot be stored in PostgreSQL text; no real identifier holds one
            identity.normalize(id).filter(n -> n.value().indexOf('\0') < 0).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private static List<ConsentRecord> flatten(Map<Identifier, List<ConsentRecord>> m) {
        List<ConsentRecord> out = new ArrayList<>();
        m.values().forEach(out::addAll);
        return out;
    }

    <T> T inTransaction(Transactions.SqlWork<T> work) {
        return Transactions.inTransaction(dataSource, "consent store", work);
    }
}
