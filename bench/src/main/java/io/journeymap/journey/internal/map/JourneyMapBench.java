package io.journeymap.journey.internal.map;

import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.journey.InfluenceLevel;
import io.journeymap.api.journey.MapQuery;
import io.journeymap.api.journey.Segment;
import io.journeymap.api.timeline.TimelineEntry;
import io.journeymap.journey.internal.JourneyStore;
import io.journeymap.journey.internal.StoreSettings;
import io.journeymap.journey.simulation.JourneySimulator;
import io.journeymap.journey.simulation.Scenario;
import io.journeymap.journey.simulation.SimulatedJourney;
import io.journeymap.journey.simulation.SimulatedTouch;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The journey map's figures (issue 6): aggregate updates per second, heap after 10 million
 * events over 20 touchpoint types and 90 days, and the latency of a 90-day map query and of an
 * attribution query; then the updater end to end (timeline read, JSON parse, fold, flush).
 *
 * <p>Lives in the map's package (a split package, fine on a flat classpath) to drive the folder,
 * the store and the updater directly, without OSGi.
 *
 * <pre>java -Xmx1g -cp bench/target/classes:$(cat bench/target/classpath.txt) \
 *   io.journeymap.journey.internal.map.JourneyMapBench [events=10000000] [updaterEvents=1000000]</pre>
 */
public final class JourneyMapBench {

    private static final int TYPES = 20;
    private static final int DAYS = 90;
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private JourneyMapBench() {
    }

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        long updaterEvents = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
        Path dir = Files.createTempDirectory("journeymap-map-bench");
        ConfiguredTaxonomy taxonomy = ConfiguredTaxonomy.defaults();
        MapSettings settings = MapSettings.defaults();
        JourneySimulator simulator = new JourneySimulator(scenario());
        System.out.printf("scenario: %d touchpoint types in %d channels, first touches over %d days%n",
                simulator.scenario().types().size(), simulator.scenario().channels().size(), DAYS);
        try (JourneyStore store = JourneyStore.open(new StoreSettings("jdbc:h2:file:" + dir.resolve("fold")
                + ";WRITE_DELAY=0", "sa", "", 4, 20_000))) {
            MapStore mapStore = new MapStore(store.dataSource());
            foldAndFlush(simulator, taxonomy, settings, mapStore, events);
            stored(store.dataSource());
            queries(taxonomy, settings, mapStore);
        }
        try (JourneyStore store = JourneyStore.open(new StoreSettings("jdbc:h2:file:" + dir.resolve("updater")
                + ";WRITE_DELAY=0", "sa", "", 4, 20_000))) {
            updater(simulator, taxonomy, settings, store, updaterEvents);
        }
    }

    /** 20 touchpoint types in 6 channels, a random but fixed chain with the default taxonomy's names. */
    static Scenario scenario() {
        String[] types = {"ads:search_click", "ads:social_click", "ads:display_click", "web:home", "web:content",
            "web:pricing", "web:product", "web:signup", "web:demo_request", "web:trial", "email:open", "email:click",
            "email:reply", "support:chat", "support:ticket", "crm:call", "crm:meeting", "crm:opportunity_created",
            "offline:store_visit", "offline:event"};
        SplittableRandom random = new SplittableRandom(42);
        Scenario.Builder b = Scenario.builder().optStartInstant(START).optSpreadDays(DAYS);
        double[] start = weights(random, 6);
        for (int i = 0; i < 6; i++) {
            b.addStart(types[new int[] {0, 1, 2, 3, 4, 18}[i]], start[i]);
        }
        for (String from : types) {
            double[] w = weights(random, 6);
            double end = 0.25 + 0.1 * random.nextDouble();
            double convert = 0.02 + 0.06 * random.nextDouble();
            double spend = 1 - end - convert;
            List<String> targets = new ArrayList<>(List.of(types));
            for (int k = 0; k < 4; k++) {
                String to = targets.remove(random.nextInt(targets.size()));
                b.addTransition(from, to, spend * w[k] / (w[0] + w[1] + w[2] + w[3]),
                        Duration.ofMinutes(1 + random.nextInt(3 * 24 * 60)));
            }
            b.addTransition(from, "(conversion)", convert, Duration.ofHours(1 + random.nextInt(72)));
            b.addTransition(from, "(null)", end);
        }
        return b.build();
    }

    private static double[] weights(SplittableRandom random, int n) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 0.2 + random.nextDouble();
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }

    /**
     * The updater's fold and flush code on simulated journeys, skipping only the timeline read and
     * JSON parse (measured end to end below): a flush (bucket merge, cursor writes, checkpoint) every
     * flush interval (10 s), as the updater does while catching up.
     */
    private static void foldAndFlush(JourneySimulator simulator, ConfiguredTaxonomy taxonomy, MapSettings settings,
            MapStore store, long events) {
        JourneyFolder folder = new JourneyFolder(taxonomy, settings.order(), settings.inactivity().toMillis(),
                settings.halfLifeDays());
        store.lease("bench", System.currentTimeMillis(), 3_600_000);
        MapDelta delta = new MapDelta();
        List<JourneyCursor> dirty = new ArrayList<>();
        long folded = 0;
        long flushNanos = 0;
        long start = System.nanoTime();
        long lastFlush = start;
        Iterator<SimulatedJourney> journeys = simulator.simulate(Long.MAX_VALUE, 1).iterator();
        Supplier<List<String>> segments = () -> List.of("*", "country=de", "entry_channel=web");
        while (folded < events) {
            SimulatedJourney j = journeys.next();
            JourneyCursor c = new JourneyCursor(j.customerId());
            for (SimulatedTouch t : j.touches()) {
                folder.fold(c, taxonomy.touchpoint(t.type()), t.time().toEpochMilli(), segments, delta);
                folded++;
            }
            if (j.converted()) {
                folder.fold(c, taxonomy.touchpoint("web:order_completed"), j.conversionTime().toEpochMilli(), segments, delta);
                folded++;
            } else {
                folder.dropOff(c, delta);
            }
            dirty.add(c);
            if (System.nanoTime() - lastFlush >= settings.flushMillis() * 1_000_000L) {
                long f = System.nanoTime();
                store.flush("bench", delta, dirty, new MapStore.State(folded, 0, ""));
                flushNanos += System.nanoTime() - f;
                delta.clear();
                dirty.clear();
                lastFlush = System.nanoTime();
            }
        }
        store.flush("bench", delta, dirty, new MapStore.State(folded, 0, ""));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("fold + flush: %,d events in %.1f s = %,.0f aggregate updates/s (each event updates 3 segment"
                + " buckets); %.0f %% of the time in flushes%n", folded, seconds, folded / seconds,
                100.0 * flushNanos / 1e9 / seconds);
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("heap used after %,d events (after GC): %.1f MB%n", folded, heap / 1048576.0);
    }

    private static void stored(javax.sql.DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(LENGTH(payload)) FROM journey_bucket")) {
            rs.next();
            System.out.printf("stored: %d day buckets, %.1f MB of bucket payload (base64)%n", rs.getLong(1),
                    rs.getLong(2) / 1048576.0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void queries(ConfiguredTaxonomy taxonomy, MapSettings settings, MapStore store) {
        MapQueries queries = new MapQueries(store, taxonomy.stages(), settings);
        MapInfluence influence = new MapInfluence(settings.order(), settings.shapleyExactMax(), settings.shapleySamples());
        LocalDate first = LocalDate.parse("2026-01-01");
        MapQuery q90 = new MapQuery(first, first.plusDays(89), Segment.ALL);
        report("90-day map query", 15, () -> queries.map(q90));
        report("90-day funnel query", 15, () -> queries.funnel(q90));
        report("90-day top-20 paths query", 15, () -> queries.paths(q90, 20));
        report("90-day attribution query, channels (heuristics, Markov 1 and 2, Shapley)", 10,
                () -> influence.influence(q90, queries.merged(q90), InfluenceLevel.CHANNEL));
        report("90-day attribution query, touchpoint types (heuristics, Markov 1 and 2)", 5,
                () -> influence.influence(q90, queries.merged(q90), InfluenceLevel.TOUCHPOINT));
        report("change detection (7 days against 28)", 5, () -> queries.detect(first.plusDays(89), Instant.now()));
    }

    private static void report(String what, int runs, Runnable query) {
        query.run();
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("%s: median %d ms, max %d ms over %d runs%n", what, ms[runs / 2], ms[runs - 1], runs);
    }

    /** End to end: events on the timelines, folded by the updater (read, parse, classify, fold, flush). */
    private static void updater(JourneySimulator simulator, ConfiguredTaxonomy taxonomy, MapSettings settings,
            JourneyStore store, long events) {
        EventSource source = new EventSource("bench", "map");
        List<TouchpointEvent> batch = new ArrayList<>();
        long written = 0;
        Iterator<SimulatedJourney> journeys = simulator.simulate(Long.MAX_VALUE, 2).iterator();
        long t0 = System.nanoTime();
        while (written < events) {
            SimulatedJourney j = journeys.next();
            int i = 0;
            for (SimulatedTouch t : j.touches()) {
                batch.add(track(source, j.customerId(), j.customerId() + "-" + i++, t.type(), t.time()));
            }
            if (batch.size() >= 5000) {
                written += write(store, batch);
            }
        }
        written += write(store, batch);
        System.out.printf("setup: %,d events written to the journal and timelines in %.1f s%n", written,
                (System.nanoTime() - t0) / 1e9);
        Map<String, Object> rules = new java.util.HashMap<>();
        simulator.scenario().types().forEach(t -> rules.put("taxonomy.rule." + rules.size(), "event=bench " + t + " -> " + t));
        MapUpdater updater = new MapUpdater(new MapStore(store.dataSource()), ConfiguredTaxonomy.from(rules),
                SegmentDimensions.from(Map.of("map.segment.entry_channel", "entry_channel"), 50), settings,
                Clock.systemUTC(), "bench");
        long start = System.nanoTime();
        while (updater.step() > 0) {
            // until caught up
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("updater end to end: %,d timeline rows in %.1f s = %,.0f events/s%n", updater.folded(),
                seconds, updater.folded() / seconds);
        updater.close();
    }

    private static int write(JourneyStore store, List<TouchpointEvent> batch) {
        store.journal().append(batch).toCompletableFuture().join();
        List<TimelineEntry> entries = new ArrayList<>(batch.size());
        batch.forEach(e -> entries.add(new TimelineEntry("p-" + e.userId(), e)));
        store.timelines().add(entries);
        int n = batch.size();
        batch.clear();
        return n;
    }

    /** The event a connector would write for a touchpoint type, named so the default taxonomy maps it back. */
    private static TouchpointEvent track(EventSource source, String user, String id, String type, Instant at) {
        return new TouchpointEvent(id, EventType.TRACK, "bench " + type, null, Map.of(), null, at, at, user, null, null,
                null, List.of(Identifier.of(IdentifierType.USER_ID, user)), EventContext.empty(), null, source);
    }
}
