package io.journeymap.consent.internal;

import io.journeymap.api.consent.ConsentRecord;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.privacy.DataSubject;
import io.journeymap.api.privacy.PersonalDataStore;
import io.journeymap.consent.internal.shred.SubjectKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the consent bundle holds about a person: ledger entries, audit entries, and the keys of
 * their events on a shared log (destroyed on erasure, never exported).
 */
final class ConsentPersonalData implements PersonalDataStore {

    private final ConsentEngine engine;
    private final SubjectKeys keys;

    ConsentPersonalData(ConsentEngine engine, SubjectKeys keys) {
        this.engine = engine;
        this.keys = keys;
    }

    @Override
    public String name() {
        return "consent";
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        return engine.inTransaction(c -> {
            Map<String, Object> out = new LinkedHashMap<>();
            List<Map<String, Object>> history = new ArrayList<>();
            for (ConsentRecord r : engine.ledger().history(c, subject.identifiers())) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("entryId", r.entryId());
                m.put("purpose", r.change().purpose());
                m.put("action", r.change().action().name());
                m.put("eventTime", r.change().eventTime().toString());
                m.put("source", r.change().source());
                m.put("legalBasis", r.change().legalBasis());
                m.put("evidence", r.change().evidence());
                m.put("region", r.region());
                m.put("recordedAt", r.recordedAt() == null ? null : r.recordedAt().toString());
                m.put("confirmedAt", r.confirmedAt() == null ? null : r.confirmedAt().toString());
                // only the person's own identifiers: an entry may also bind someone else's
                m.put("subjects", r.subjects().stream().filter(subject.identifiers()::contains)
                        .map(i -> Map.of("type", i.type().wireName(), "value", i.value())).toList());
                history.add(m);
            }
            out.put("ledger", history);
            out.put("audit", engine.auditLog().ofSubjects(c, subjects(subject)).stream().map(a -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("at", a.at().toString());
                m.put("point", a.point().name());
                m.put("purpose", a.purpose());
                m.put("permitted", a.permitted());
                m.put("reason", a.reason());
                m.put("detail", a.detail());
                return m;
            }).toList());
            return out;
        });
    }

    @Override
    public Map<String, Long> erase(DataSubject subject) {
        List<String> destroyed = new ArrayList<>();
        Map<String, Long> erased = engine.inTransaction(c -> {
            long[] ledger = engine.ledger().erase(c, subject.identifiers());
            Map<String, Long> out = new LinkedHashMap<>();
            out.put("consent_ledger", ledger[0]);
            out.put("consent_subject", ledger[1]);
            out.put("consent_audit", engine.auditLog().erase(c, subjects(subject)));
            // the person's events on a shared log become unreadable: their keys are gone
            destroyed.addAll(keys.destroy(c, subject.identifiers()));
            out.put("subject_key", (long) destroyed.size());
            return out;
        });
        keys.evict(destroyed);
        return erased;
    }

    /** How the audit log may name the person: profile ids and keyed hashes of identifiers. */
    private Set<String> subjects(DataSubject subject) {
        Set<String> out = new LinkedHashSet<>(subject.profileIds());
        for (Identifier id : subject.identifiers()) {
            out.add(engine.hasher().ref(id));
        }
        return out;
    }
}
