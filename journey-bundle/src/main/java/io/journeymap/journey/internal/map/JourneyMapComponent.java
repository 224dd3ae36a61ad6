package io.journeymap.journey.internal.map;

import io.journeymap.api.journey.EntryPoint;
import io.journeymap.api.journey.Funnel;
import io.journeymap.api.journey.Influence;
import io.journeymap.api.journey.InfluenceLevel;
import io.journeymap.api.journey.JourneyChange;
import io.journeymap.api.journey.JourneyMap;
import io.journeymap.api.journey.MapQuery;
import io.journeymap.api.journey.MapStatus;
import io.journeymap.api.journey.MapView;
import io.journeymap.api.journey.PathStat;
import io.journeymap.api.journey.Taxonomy;
import io.journeymap.api.journey.Touchpoint;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.privacy.DataSubject;
import io.journeymap.api.privacy.PersonalDataStore;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The living journey map: publishes {@link JourneyMap} and {@link Taxonomy}, runs the updater that
 * folds the timelines into the map, and runs change detection on its schedule. Its own PID,
 * {@code io.journeymap.journey.map}, so that editing the taxonomy restarts the map and not the store.
 * Also the {@code journey-map} personal-data store: the cursors name people.
 */
@Component(service = {JourneyMap.class, Taxonomy.class, PersonalDataStore.class},
        configurationPid = "io.journeymap.journey.map", configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true, property = "journeymap.data=journey-map")
public class JourneyMapComponent implements JourneyMap, Taxonomy, PersonalDataStore {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyMapComponent.class);

    @Reference(target = "(journeymap.store=main)")
    private DataSource dataSource;

    private final Clock clock = Clock.systemUTC();
    private MapSettings settings;
    private ConfiguredTaxonomy taxonomy;
    private MapStore store;
    private MapUpdater updater;
    private MapQueries queries;
    private MapInfluence influence;
    private ScheduledExecutorService executor;

    @Activate
    void activate(Map<String, Object> properties) {
        settings = MapSettings.from(properties);
        taxonomy = ConfiguredTaxonomy.from(properties);
        SegmentDimensions dimensions = SegmentDimensions.from(properties, settings.maxSegmentValues());
        store = new MapStore(dataSource);
        updater = new MapUpdater(store, taxonomy, dimensions, settings, clock, ownerId());
        queries = new MapQueries(store, taxonomy.stages(), settings);
        influence = new MapInfluence(settings.order(), settings.shapleyExactMax(), settings.shapleySamples());
        executor = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "journeymap-map");
            t.setDaemon(true);
            return t;
        });
        if (settings.enabled()) {
            executor.scheduleWithFixedDelay(this::catchUp, 0, settings.pollMillis(), TimeUnit.MILLISECONDS);
            if (settings.changeIntervalMinutes() > 0) {
                executor.scheduleWithFixedDelay(this::scheduledDetection, settings.changeIntervalMinutes(),
                        settings.changeIntervalMinutes(), TimeUnit.MINUTES);
            }
        }
        LOG.info("journey map ready: stages {}, segments {}, order {}, inactivity {}", taxonomy.stages(),
                dimensions.dimensions(), settings.order(), settings.inactivity());
    }

    @Deactivate
    void deactivate() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
            updater.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("journey map: final flush failed, the next owner resumes from the last checkpoint: {}", e.toString());
        }
        LOG.info("journey map stopped");
    }

    private void catchUp() {
        try {
            while (updater.step() >= settings.batchSize() && !executor.isShutdown()) {
                // a full batch: more is waiting
            }
        } catch (RuntimeException e) {
            // logged by the updater; the next poll resumes from the checkpoint
        }
    }

    private void scheduledDetection() {
        try {
            if (updater.owning()) {
                detectChanges();
            }
        } catch (RuntimeException e) {
            LOG.warn("journey map: change detection failed: {}", e.toString());
        }
    }

    private static String ownerId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public Optional<Touchpoint> classify(TouchpointEvent event) {
        return taxonomy.classify(event);
    }

    @Override
    public List<String> stages() {
        return taxonomy.stages();
    }

    @Override
    public MapView map(MapQuery query) {
        return queries.map(query);
    }

    @Override
    public List<PathStat> paths(MapQuery query, int limit) {
        return queries.paths(query, limit);
    }

    @Override
    public Funnel funnel(MapQuery query) {
        return queries.funnel(query);
    }

    @Override
    public List<EntryPoint> entryPoints(MapQuery query, int baselineDays) {
        return queries.entryPoints(query, baselineDays);
    }

    @Override
    public List<JourneyChange> friction(MapQuery query, int baselineDays) {
        return queries.friction(query, baselineDays, clock.instant());
    }

    @Override
    public Influence influence(MapQuery query, InfluenceLevel level) {
        return influence.influence(query, queries.merged(query), level);
    }

    @Override
    public List<JourneyChange> detectChanges() {
        long watermark = updater.watermark();
        LocalDate today = (watermark == 0 ? clock.instant() : Instant.ofEpochMilli(watermark)).atZone(ZoneOffset.UTC).toLocalDate();
        List<JourneyChange> found = queries.detect(today, clock.instant());
        List<JourneyChange> added = store.append(found, today.minusDays(settings.currentDays() - 1L));
        if (!added.isEmpty()) {
            LOG.info("journey map: {} new changes (of {} significant)", added.size(), found.size());
        }
        return added;
    }

    @Override
    public List<JourneyChange> changes(long afterId, int limit) {
        return store.changes(afterId, limit);
    }

    @Override
    public MapStatus status() {
        long watermark = updater.watermark();
        return new MapStatus(updater.checkpoint(), store.latestTimelineSeq(),
                watermark == 0 ? null : Instant.ofEpochMilli(watermark), store.openJourneys(), updater.folded(),
                updater.owning());
    }

    @Override
    public String name() {
        return "journey-map";
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        Map<String, Object> out = new LinkedHashMap<>();
        store.cursors(subject.profileIds()).forEach((id, c) -> {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("open", c.open);
            j.put("stage", taxonomy.stages().get(Math.min(c.stage, taxonomy.stages().size() - 1)));
            j.put("started", Instant.ofEpochMilli(c.startMillis).toString());
            j.put("touchpoints", c.touches.stream().map(t -> t.type() + "@" + Instant.ofEpochMilli(t.epochMillis())).toList());
            out.put(id, j);
        });
        return Map.of("journeys", out);
    }

    @Override
    public Map<String, Long> erase(DataSubject subject) {
        return Map.of("journey_cursor", updater.erase(subject.profileIds()));
    }
}
