package io.journeymap.consent.internal;

import io.journeymap.api.config.InvalidConfigurationException;
import io.journeymap.api.consent.Admission;
import io.journeymap.api.consent.AuditEntry;
import io.journeymap.api.consent.AuditQuery;
import io.journeymap.api.consent.ConsentChange;
import io.journeymap.api.consent.ConsentDecision;
import io.journeymap.api.consent.ConsentRecord;
import io.journeymap.api.consent.ConsentService;
import io.journeymap.api.consent.EnforcementPoint;
import io.journeymap.api.consent.PurposeState;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.identity.IdentityGraph;
import io.journeymap.api.privacy.ErasureReport;
import io.journeymap.api.privacy.EventSealer;
import io.journeymap.api.privacy.PersonalDataStore;
import io.journeymap.api.privacy.PrivacyRequests;
import io.journeymap.consent.internal.shred.SubjectKeys;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consent bundle's one component, PID {@code io.journeymap.consent}: the consent service, the
 * data-subject requests, and the sealing of events on a shared log (crypto-shredding). Personal-data stores of other bundles come and go dynamically; a
 * request refuses to run while one named in {@code privacy.required.stores} (default identity,
 * journey) is missing.
 */
@Component(service = {ConsentService.class, PrivacyRequests.class, EventSealer.class}, configurationPid = "io.journeymap.consent",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ConsentComponent implements ConsentService, PrivacyRequests, EventSealer {

    private static final Logger LOG = LoggerFactory.getLogger(ConsentComponent.class);

    @Reference(target = "(journeymap.store=main)")
    private DataSource store;
    @Reference
    private IdentityGraph identity;

    private final List<PersonalDataStore> stores = new CopyOnWriteArrayList<>();

    private ConsentEngine engine;
    private PrivacyService privacy;
    private SubjectKeys keys;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStore(PersonalDataStore s) {
        stores.add(s);
    }

    void removeStore(PersonalDataStore s) {
        stores.remove(s);
    }

    @Activate
    void activate(Map<String, Object> properties) {
        ConsentSettings settings = ConsentSettings.from(properties);
        Object req = properties.get("privacy.required.stores");
        Set<String> required = Arrays.stream((req == null ? "identity,journey" : req.toString()).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        for (String r : required) {
            if (!r.matches("[a-z][a-z0-9_-]*")) {
                throw new InvalidConfigurationException("privacy.required.stores", "must list store names, e.g. identity,journey");
            }
        }
        engine = new ConsentEngine(store, identity, settings, Clock.systemUTC());
        keys = new SubjectKeys(store, engine.hasher(), identity::normalize, Clock.systemUTC());
        privacy = new PrivacyService(engine, keys, () -> List.copyOf(stores), required, Clock.systemUTC());
        LOG.info("consent ready: purposes {}, ingest policy {}, fallback region {}", settings.purposes(),
                settings.ingestPolicy(), settings.regions().fallback());
    }

    @Override
    public List<String> purposes() {
        return engine.purposes();
    }

    @Override
    public List<ConsentRecord> record(List<Identifier> subjects, List<ConsentChange> changes, String region) {
        return engine.record(subjects, changes, region);
    }

    @Override
    public Map<String, PurposeState> state(Identifier identifier) {
        return engine.state(identifier);
    }

    @Override
    public Map<String, PurposeState> stateOfProfile(String profileId) {
        return engine.stateOfProfile(profileId);
    }

    @Override
    public List<ConsentRecord> history(Identifier identifier) {
        return engine.history(identifier);
    }

    @Override
    public List<Admission> admit(List<TouchpointEvent> events) {
        return engine.admit(events);
    }

    @Override
    public ConsentDecision check(String profileId, String purpose, EnforcementPoint point, String detail) {
        return engine.check(profileId, purpose, point, detail);
    }

    @Override
    public List<AuditEntry> audit(AuditQuery query) {
        return engine.audit(query);
    }

    @Override
    public String subjectRef(Identifier identifier) {
        return engine.subjectRef(identifier);
    }

    @Override
    public String recordKey(TouchpointEvent event) {
        return keys.recordKey(event);
    }

    @Override
    public List<String> seal(List<TouchpointEvent> events) {
        return keys.seal(events);
    }

    @Override
    public List<Optional<TouchpointEvent>> open(List<String> records) {
        return keys.open(records);
    }

    @Override
    public List<String> auditSubjects(Identifier identifier) {
        return engine.auditSubjects(identifier);
    }

    @Override
    public Map<String, Object> export(Identifier identifier) {
        return privacy.export(identifier);
    }

    @Override
    public ErasureReport erase(Identifier identifier, boolean suppress) {
        return privacy.erase(identifier, suppress);
    }
}
