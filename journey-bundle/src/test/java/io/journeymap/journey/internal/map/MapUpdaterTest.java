package io.journeymap.journey.internal.map;

import static io.journeymap.journey.internal.map.MapEvents.page;
import static io.journeymap.journey.internal.map.MapEvents.track;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.journey.MapQuery;
import io.journeymap.api.journey.MapView;
import io.journeymap.api.journey.Segment;
import io.journeymap.api.timeline.TimelineEntry;
import io.journeymap.journey.internal.JourneyStore;
import io.journeymap.journey.internal.StoreSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapUpdaterTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final MapQuery NOVEMBER = new MapQuery(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), Segment.ALL);

    @TempDir
    Path dir;
    private JourneyStore journeyStore;
    private MapStore store;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T00:00:00Z"));
    private final MapSettings settings = MapSettings.from(Map.of("map.inactivity.window", "P7D", "map.gap.grace.ms", "60000", "map.live.flush.interval.ms", "0"));
    private final ConfiguredTaxonomy taxonomy = ConfiguredTaxonomy.defaults();

    @BeforeEach
    void open() {
        journeyStore = JourneyStore.open(new StoreSettings("jdbc:h2:file:" + dir.resolve("store") + ";WRITE_DELAY=0", "sa", "", 4, 1000));
        store = new MapStore(journeyStore.dataSource());
    }

    @AfterEach
    void close() {
        journeyStore.close();
    }

    private MapUpdater updater(String owner) {
        return new MapUpdater(store, taxonomy, SegmentDimensions.from(Map.of("map.segment.country", "context.location.country"), 50),
                settings, clock, owner);
    }

    private void store(TouchpointEvent... events) {
        List<TouchpointEvent> list = List.of(events);
        journeyStore.journal().append(list).toCompletableFuture().join();
        List<TimelineEntry> entries = new ArrayList<>();
        for (TouchpointEvent e : list) {
            entries.add(new TimelineEntry("profile-" + e.userId(), e));
        }
        journeyStore.timelines().add(entries);
    }

    private MapView map() {
        return new MapQueries(store, taxonomy.stages(), settings).map(NOVEMBER);
    }

    private static void drain(MapUpdater u) {
        while (u.step() > 0) {
            // until caught up
        }
    }

    @Test
    void touchpointsOnTheTimelinesShowUpInTheMapOnceEvenAfterARestart() {
        store(page("a", "/", T0), page("a", "/pricing", T0.plusSeconds(60)), track("a", "Order Completed", T0.plusSeconds(600)),
                page("b", "/", T0.plusSeconds(5)));
        MapUpdater first = updater("node-1");
        drain(first);
        assertThat(map().conversions()).isEqualTo(1);
        assertThat(map().journeysStarted()).isEqualTo(2);
        assertThat(map().touchpoints()).containsEntry("web:home", 2L).containsEntry("web:order_completed", 1L);

        MapUpdater restarted = updater("node-1");
        drain(restarted);
        assertThat(map().journeysStarted()).isEqualTo(2);

        store(page("b", "/pricing", T0.plusSeconds(70)));
        drain(restarted);
        MapView after = map();
        assertThat(after.touchpoints()).containsEntry("web:pricing", 2L);
        assertThat(after.transitions()).anySatisfy(t -> {
            assertThat(t.from()).isEqualTo("web:home");
            assertThat(t.to()).isEqualTo("web:pricing");
            assertThat(t.count()).isEqualTo(2);
            assertThat(t.medianSeconds()).isBetween(60.0, 65.0);
        });
        assertThat(new MapQueries(store, taxonomy.stages(), settings)
                .map(new MapQuery(NOVEMBER.from(), NOVEMBER.to(), Segment.parse("country=DE"))).journeysStarted()).isEqualTo(2);
    }

    @Test
    void onlyTheLeaseHolderFoldsAndAnotherNodeTakesOverFromItsCheckpoint() {
        store(page("a", "/", T0));
        MapUpdater one = updater("node-1");
        MapUpdater two = updater("node-2");
        drain(one);
        assertThat(two.step()).isZero();
        assertThat(two.owning()).isFalse();

        store(page("a", "/pricing", T0.plusSeconds(30)));
        one.close();
        drain(two);
        assertThat(two.owning()).isTrue();
        assertThat(map().touchpoints()).containsEntry("web:home", 1L).containsEntry("web:pricing", 1L);
        assertThat(map().transitions()).anySatisfy(t -> assertThat(t.from() + ">" + t.to()).isEqualTo("web:home>web:pricing"));
    }

    @Test
    void aTimelineRowCommittedAfterALaterOneIsStillFolded() throws Exception {
        store(page("a", "/", T0));
        MapUpdater u = updater("node-1");
        drain(u);
        long seq = store.latestTimelineSeq();
        insertTimelineRow(page("a", "/pricing", T0.plusSeconds(10)), seq + 5);
        drain(u);
        assertThat(map().touchpoints()).containsEntry("web:pricing", 1L);

        insertTimelineRow(page("c", "/docs", T0.plusSeconds(20)), seq + 2);
        u.step();
        assertThat(map().touchpoints()).containsEntry("web:content", 1L);
    }

    @Test
    void aJourneyQuietForTheInactivityWindowIsDroppedByEventTime() {
        store(page("a", "/", T0), page("a", "/pricing", T0.plusSeconds(60)));
        MapUpdater u = updater("node-1");
        drain(u);
        assertThat(map().dropOffs()).isZero();

        store(page("z", "/", T0.plus(Duration.ofDays(8))));
        drain(u);
        // the watermark is past the window, but the journey was touched a moment ago (an import of
        // history sorted by person may still be delivering it)
        assertThat(map().dropOffs()).isZero();

        clock.advance(Duration.ofMinutes(2));
        u.step();
        assertThat(map().dropOffs()).isEqualTo(1);
        assertThat(new MapQueries(store, taxonomy.stages(), settings).funnel(NOVEMBER).stages())
                .filteredOn(s -> s.stage().equals("consideration")).singleElement()
                .satisfies(s -> assertThat(s.dropped()).isEqualTo(1));
    }

    @Test
    void erasedCursorsAreGoneFromMemoryAndStore() {
        store(page("a", "/", T0));
        MapUpdater u = updater("node-1");
        drain(u);
        assertThat(store.cursors(List.of("profile-a"))).hasSize(1);
        assertThat(u.erase(List.of("profile-a"))).isEqualTo(1);
        store(page("b", "/", T0.plusSeconds(1)));
        drain(u);
        assertThat(store.cursors(List.of("profile-a"))).isEmpty();
    }

    private void insertTimelineRow(TouchpointEvent e, long seq) throws Exception {
        journeyStore.journal().append(List.of(e)).toCompletableFuture().join();
        try (Connection c = journeyStore.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO timeline_event (source_key, message_id, profile_id, event_time, seq, event_type) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.source().key());
            ps.setString(2, e.messageId());
            ps.setString(3, "profile-" + e.userId());
            ps.setObject(4, e.timestamp().atOffset(java.time.ZoneOffset.UTC));
            ps.setLong(5, seq);
            ps.setString(6, e.type().wireName());
            ps.executeUpdate();
        }
    }
}
