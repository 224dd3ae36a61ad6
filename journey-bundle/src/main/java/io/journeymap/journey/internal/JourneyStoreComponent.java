package io.journeymap.journey.internal;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.journal.AppendResult;
import io.journeymap.api.journal.EventJournal;
import io.journeymap.api.journal.JournalRecord;
import io.journeymap.api.timeline.TimelineEntry;
import io.journeymap.api.timeline.TimelineStore;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the journey store as the {@link EventJournal} and {@link TimelineStore} services. A
 * configuration change re-activates it against the new database; an invalid value fails
 * activation with the key named.
 */
// Immediate: the DataSource it registers from code is what the identity graph waits for, and a
// delayed component would only be activated by a consumer that is itself waiting for that.
@Component(service = {EventJournal.class, TimelineStore.class}, configurationPid = "io.journeymap.journey", immediate = true,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = JourneyStoreConfig.class)
public class JourneyStoreComponent implements EventJournal, TimelineStore {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyStoreComponent.class);

    private JourneyStore store;

    private ServiceRegistration<DataSource> dataSourceRegistration;

    /**
     * Also publishes the store's pool as {@code DataSource (journeymap.store=main)}: the identity
     * graph (and later capabilities) keep their tables in the same database, so that a merge moves
     * identifiers and timeline rows in one transaction.
     */
    @Activate
    void activate(JourneyStoreConfig config, BundleContext context) {
        StoreSettings settings = new StoreSettings(config.jdbc_url(), config.jdbc_user(), config.jdbc_password(),
                config.jdbc_pool_size(), config.journal_commit_max_events());
        try {
            store = JourneyStore.open(settings);
        } catch (RuntimeException e) {
            LOG.error("journey store not started: {}", e.getMessage());
            throw e;
        }
        dataSourceRegistration = context.registerService(DataSource.class, store.dataSource(),
                new Hashtable<>(Map.of("journeymap.store", "main")));
        LOG.info("journey store open: {}", settings);
    }

    @Deactivate
    void deactivate() {
        dataSourceRegistration.unregister();
        store.close();
        LOG.info("journey store closed");
    }

    @Override
    public CompletionStage<AppendResult> append(List<TouchpointEvent> events) {
        return store.journal().append(events);
    }

    @Override
    public int discard(List<TouchpointEvent> events, boolean keepAnonymousCount) {
        return store.journal().discard(events, keepAnonymousCount);
    }

    @Override
    public List<JournalRecord> readAfter(long afterPosition, int max) {
        return store.journal().readAfter(afterPosition, max);
    }

    @Override
    public long checkpoint(String consumer) {
        return store.journal().checkpoint(consumer);
    }

    @Override
    public void commit(String consumer, long position) {
        store.journal().commit(consumer, position);
    }

    @Override
    public int add(List<TimelineEntry> entries) {
        return store.timelines().add(entries);
    }

    @Override
    public List<TimelineEntry> timeline(String profileId, int limit) {
        return store.timelines().timeline(profileId, limit);
    }

    @Override
    public long count(String profileId) {
        return store.timelines().count(profileId);
    }
}
