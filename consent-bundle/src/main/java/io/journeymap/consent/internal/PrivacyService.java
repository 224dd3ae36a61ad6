package io.journeymap.consent.internal;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.privacy.DataSubject;
import io.journeymap.api.privacy.ErasureReport;
import io.journeymap.api.privacy.PersonalDataStore;
import io.journeymap.api.privacy.PrivacyRequests;
import io.journeymap.consent.internal.shred.SubjectKeys;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Export and erasure over every personal-data store: the consent bundle's own, and each one
 * another bundle registered. A request refuses to run while a store it requires is missing, so an
 * erasure can never silently skip one.
 */
final class PrivacyService implements PrivacyRequests {

    private static final Logger LOG = LoggerFactory.getLogger(PrivacyService.class);

    // Click ids (gclid, fbclid …) are left out on purpose: each names one click, and a landing URL
    // passed on to someone else would suppress that person too.
    private static final Set<IdentifierType> STRONG = java.util.EnumSet.of(IdentifierType.USER_ID,
            IdentifierType.EMAIL, IdentifierType.PHONE, IdentifierType.HASHED_EMAIL, IdentifierType.SALESFORCE_LEAD_ID,
            IdentifierType.SALESFORCE_CONTACT_ID, IdentifierType.HUBSPOT_CONTACT_ID,
            IdentifierType.ZENDESK_USER_ID, IdentifierType.INTERCOM_CONTACT_ID);

    private final ConsentEngine engine;
    private final ConsentPersonalData own;
    private final Supplier<List<PersonalDataStore>> stores;
    private final Set<String> required;
    private final Clock clock;

    PrivacyService(ConsentEngine engine, SubjectKeys keys, Supplier<List<PersonalDataStore>> stores,
            Set<String> required, Clock clock) {
        this.engine = engine;
        this.own = new ConsentPersonalData(engine, keys);
        this.stores = stores;
        this.required = required;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> export(Identifier identifier) {
        DataSubject subject = subject(identifier);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("exportedAt", clock.instant().toString());
        doc.put("subject", Map.of("profileIds", subject.profileIds(), "identifiers", subject.identifiers().stream()
                .map(i -> Map.of("type", i.type().wireName(), "value", i.value())).toList()));
        for (PersonalDataStore store : all()) {
            doc.put(store.name(), store.export(subject));
        }
        LOG.info("export done: {} profiles, {} identifiers, subject {}", subject.profileIds().size(),
                subject.identifiers().size(), engine.hasher().ref(subject.identifiers().get(0)));
        return doc;
    }

    @Override
    public ErasureReport erase(Identifier identifier, boolean suppress) {
        DataSubject subject = subject(identifier);
        List<PersonalDataStore> all = all();
        Map<String, Long> erased = new LinkedHashMap<>();
        // first the fence: an event of theirs the pipeline already read is dropped, not resolved
        // into a new profile after the stores are empty (its receipt time is before this moment)
        java.time.Instant erasedAt = clock.instant();
        List<String> allRefs = subject.identifiers().stream().map(engine.hasher()::ref).toList();
        engine.inTransaction(c -> {
            engine.suppressions().fence(c, allRefs, erasedAt);
            return null;
        });
        for (PersonalDataStore store : all) {
            store.erase(subject).forEach((table, n) -> erased.put(store.name() + "." + table, n));
        }
        if (suppress) {
            // strong identifiers only: an anonymous, cookie or device id may be a shared browser's,
            // and suppressing it would drop every later visitor on it
            List<String> refs = subject.identifiers().stream().filter(i -> STRONG.contains(i.type()))
                    .map(engine.hasher()::ref).toList();
            engine.inTransaction(c -> {
                engine.suppressions().add(c, refs);
                return null;
            });
        }
        ErasureReport report = new ErasureReport(UUID.randomUUID().toString(), clock.instant(),
                subject.profileIds().size(), erased, suppress);
        engine.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO privacy_request (request_id, kind,"
                    + " completed_at, profiles, erased, suppressed) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, report.requestId());
                ps.setString(2, "erasure");
                ps.setObject(3, report.completedAt().atOffset(java.time.ZoneOffset.UTC));
                ps.setInt(4, report.profiles());
                ps.setString(5, erased.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(",")));
                ps.setBoolean(6, suppress);
                ps.executeUpdate();
            }
            return null;
        });
        LOG.info("erasure {} done: {} profiles, {} rows, suppressed {}", report.requestId(), report.profiles(),
                erased.values().stream().mapToLong(Long::longValue).sum(), suppress);
        return report;
    }

    /** The stores in a fixed order: the identity graph last, the consent bundle's own just before it. */
    private List<PersonalDataStore> all() {
        List<PersonalDataStore> all = new ArrayList<>(stores.get());
        Set<String> present = all.stream().map(PersonalDataStore::name).collect(Collectors.toSet());
        Set<String> missing = new LinkedHashSet<>(required);
        missing.removeAll(present);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("privacy requests are unavailable until these personal-data stores are"
                    + " running: " + missing);
        }
        // the identity graph goes last: it is how a retried request finds the person again, so it
        // must not be gone while another store still holds their data
        all.sort(Comparator.comparing((PersonalDataStore s) -> s.name().equals("identity")).thenComparing(
                PersonalDataStore::name));
        all.add(all.size() - (present.contains("identity") ? 1 : 0), own);
        return all;
    }

    private DataSubject subject(Identifier identifier) {
        Set<Identifier> person = engine.person(identifier);
        List<String> profileIds = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Identifier id : person) {
            engine.identity().lookup(id).ifPresent(p -> {
                if (seen.add(p.profileId())) {
                    profileIds.addAll(engine.identity().profileHistory(p.profileId()));
                }
            });
        }
        Set<Identifier> ids = new LinkedHashSet<>(person);
        return new DataSubject(profileIds, List.copyOf(ids));
    }
}
