package io.journeymap.journey.internal.map;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.journey.Touchpoint;
import io.journeymap.api.json.EventJson;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds the timelines into the map as they grow. It reads timeline rows in position order after
 * its checkpoint, folds each touchpoint into its person's cursor and the day buckets, and at most
 * every flush interval writes the buckets' deltas, the changed cursors and the new checkpoint in
 * one transaction — so a crash loses nothing and folds nothing twice: it resumes from the last
 * checkpoint with the state that checkpoint describes. One node holds the lease and updates the
 * map; the others answer queries from the same tables.
 *
 * <p>Quiet journeys are dropped by event time: the map's watermark is the newest event time seen
 * (never later than the event's arrival), advanced by wall time while no events arrive, so
 * replayed history and live traffic both drop journeys at the right moment. A journey is dropped
 * only once nothing was folded into it for {@code map.drop.grace.ms} of wall time as well: an
 * import of history sorted by person moves the watermark to its end at once, and without the grace
 * would drop every journey whose events sit in the next batch.
 */
final class MapUpdater {

    private static final Logger LOG = LoggerFactory.getLogger(MapUpdater.class);
    private static final int SWEEP_BATCH = 10_000;

    private final MapStore store;
    private final ConfiguredTaxonomy taxonomy;
    private final SegmentDimensions dimensions;
    private final JourneyFolder folder;
    private final MapSettings settings;
    private final Clock clock;
    private final String owner;

    private final MapDelta delta = new MapDelta();
    private final Map<String, JourneyCursor> dirty = new HashMap<>();
    private final Map<String, JourneyCursor> cache;

    private boolean owning;
    private long leaseRenewedAt;
    private boolean loaded;
    private long checkpoint;
    private long watermark;
    private long watermarkSetAt;
    private TimelineGaps gaps = new TimelineGaps();
    private long lastFlush;
    private boolean pending;
    private long folded;

    MapUpdater(MapStore store, ConfiguredTaxonomy taxonomy, SegmentDimensions dimensions, MapSettings settings,
            Clock clock, String owner) {
        this.store = store;
        this.taxonomy = taxonomy;
        this.dimensions = dimensions;
        this.folder = new JourneyFolder(taxonomy, settings.order(), settings.inactivity().toMillis(), settings.halfLifeDays());
        this.settings = settings;
        this.clock = clock;
        this.owner = owner;
        int max = settings.cursorCache();
        this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, JourneyCursor> eldest) {
                return size() > max && !dirty.containsKey(eldest.getKey());
            }
        };
    }

    /**
     * Reads, folds and (when due) flushes one batch.
     *
     * @return how many timeline rows were read; 0 when caught up or not the owner
     */
    synchronized int step() {
        long now = clock.millis();
        if (!owning || now - leaseRenewedAt > settings.leaseMillis() / 3) {
            boolean was = owning;
            owning = store.lease(owner, now, settings.leaseMillis());
            leaseRenewedAt = now;
            if (owning != was) {
                LOG.info("journey map updater {}: this node {}", owner, owning ? "folds the timelines" : "stands by");
            }
        }
        if (!owning) {
            forget();
            return 0;
        }
        if (!loaded) {
            load();
        }
        try {
            List<MapStore.TimelineRow> rows = new ArrayList<>(lateRows(now));
            List<MapStore.TimelineRow> next = store.rowsAfter(checkpoint, settings.batchSize());
            long previous = checkpoint;
            for (MapStore.TimelineRow row : next) {
                gaps.observe(previous, row.seq(), now);
                previous = row.seq();
            }
            rows.addAll(next);
            fold(rows);
            boolean moved = previous != checkpoint || !rows.isEmpty();
            checkpoint = Math.max(checkpoint, previous);
            pending |= moved;
            // caught up (a short batch): flush every live interval, so the map trails the timelines
            // by about that; catching up (full batches): at most every flush interval. A flush
            // rewrites every bucket it touches, and H2's copy-on-write store keeps the old copies
            // until it compacts, so fewer flushes mean a smaller file as well as less work
            boolean caughtUp = next.size() < settings.batchSize();
            boolean due = caughtUp && now - lastFlush >= settings.liveFlushMillis()
                    || now - lastFlush >= settings.flushMillis()
                    || dirty.size() >= settings.cursorCache() / 2;
            if (due) {
                if (pending) {
                    flush(now);
                }
                sweep(now);
            }
            return next.size();
        } catch (RuntimeException e) {
            LOG.warn("journey map updater {}: folding failed, resuming from the last checkpoint: {}", owner, e.toString());
            forget();
            throw e;
        }
    }

    private List<MapStore.TimelineRow> lateRows(long now) {
        gaps.expire(now, settings.gapGraceMillis());
        List<MapStore.TimelineRow> late = new ArrayList<>();
        for (TimelineGaps.Gap g : gaps.open()) {
            for (MapStore.TimelineRow row : store.rowsBetween(g.from(), g.to())) {
                late.add(row);
                gaps.filled(row.seq());
            }
        }
        return late;
    }

    private void fold(List<MapStore.TimelineRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Set<String> missing = new HashSet<>();
        for (MapStore.TimelineRow row : rows) {
            if (!cache.containsKey(row.profileId())) {
                missing.add(row.profileId());
            }
        }
        cache.putAll(store.cursors(missing));
        for (MapStore.TimelineRow row : rows) {
            TouchpointEvent event = EventJson.read(row.payload());
            Optional<Touchpoint> tp = taxonomy.classify(event);
            if (tp.isEmpty()) {
                continue;
            }
            JourneyCursor cursor = cache.computeIfAbsent(row.profileId(), JourneyCursor::new);
            long millis = event.timestamp().toEpochMilli();
            folder.fold(cursor, tp.get(), millis, () -> dimensions.segmentsOf(event, tp.get()), delta);
            cursor.touchedMillis = clock.millis();
            dirty.put(cursor.profileId, cursor);
            advanceWatermark(Math.min(millis, event.receivedAt() == null ? millis : event.receivedAt().toEpochMilli()));
            folded++;
        }
    }

    private void advanceWatermark(long eventMillis) {
        if (eventMillis > watermark) {
            watermark = eventMillis;
            watermarkSetAt = clock.millis();
        }
    }

    /** @return the event-time clock: the newest event time, plus the wall time since it was seen */
    long watermark() {
        return watermark == 0 ? 0 : watermark + Math.max(0, clock.millis() - watermarkSetAt);
    }

    /** Ends the open journeys that went quiet for the inactivity window. */
    private void sweep(long now) {
        long before = watermark() - folder.inactivityMillis();
        if (watermark == 0) {
            return;
        }
        List<JourneyCursor> quiet;
        do {
            quiet = store.quietSince(before, now - settings.dropGraceMillis(), SWEEP_BATCH);
            for (JourneyCursor stored : quiet) {
                JourneyCursor c = cache.getOrDefault(stored.profileId, stored);
                if (c.open && c.lastMillis < before && c.touchedMillis < now - settings.dropGraceMillis()) {
                    folder.dropOff(c, delta);
                    cache.put(c.profileId, c);
                    dirty.put(c.profileId, c);
                }
            }
            if (!quiet.isEmpty()) {
                flush(now);
            }
        } while (quiet.size() == SWEEP_BATCH);
    }

    private void flush(long now) {
        MapStore.State next = new MapStore.State(checkpoint, watermark, gaps.encode());
        if (!store.flush(owner, delta, dirty.values(), next)) {
            LOG.warn("journey map updater {}: the lease was taken over; this node stands by", owner);
            owning = false;
            forget();
            return;
        }
        delta.clear();
        dirty.clear();
        pending = false;
        lastFlush = now;
    }

    private void load() {
        MapStore.State state = store.state();
        checkpoint = state.checkpoint();
        watermark = state.watermark();
        watermarkSetAt = clock.millis();
        gaps = TimelineGaps.decode(state.gaps());
        dimensions.remember(store.segments());
        loaded = true;
        LOG.info("journey map updater {}: resuming after timeline position {}", owner, checkpoint);
    }

    /** Drops everything not flushed: the next step reloads from the stored checkpoint. */
    private void forget() {
        delta.clear();
        dirty.clear();
        cache.clear();
        pending = false;
        loaded = false;
    }

    /**
     * Removes erased people's cursors from memory and the store, so a later flush cannot write
     * them back.
     *
     * @return the rows deleted
     */
    synchronized long erase(Collection<String> profileIds) {
        profileIds.forEach(id -> {
            cache.remove(id);
            dirty.remove(id);
        });
        return store.eraseCursors(profileIds);
    }

    synchronized long checkpoint() {
        return checkpoint;
    }

    synchronized boolean owning() {
        return owning;
    }

    long folded() {
        return folded;
    }

    /** Writes what is pending and gives the lease up. */
    synchronized void close() {
        if (owning && pending) {
            flush(clock.millis());
        }
        if (owning) {
            store.release(owner);
        }
        owning = false;
    }

    static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis);
    }
}
