package io.journeymap.journey.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.journey.EntryPoint;
import io.journeymap.api.journey.FunnelStage;
import io.journeymap.api.journey.MapQuery;
import io.journeymap.api.journey.PathStat;
import io.journeymap.api.journey.Segment;
import io.journeymap.journey.internal.JourneyStore;
import io.journeymap.journey.internal.StoreSettings;
import io.journeymap.journey.simulation.JourneySimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries over stored buckets: simulated journeys folded and flushed into H2, where the share
 * of journeys starting on the docs pages triples in the last week.
 */
class MapQueriesTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-03-31");
    private static final MapQuery LAST_WEEK = new MapQuery(TODAY.minusDays(6), TODAY, Segment.ALL);
    private static final ConfiguredTaxonomy TAXONOMY = ConfiguredTaxonomy.defaults();

    @TempDir
    static Path dir;
    private static JourneyStore journeyStore;
    private static MapQueries queries;

    @BeforeAll
    static void foldAndStore() {
        journeyStore = JourneyStore.open(new StoreSettings("jdbc:h2:file:" + dir.resolve("store") + ";WRITE_DELAY=0", "sa", "", 4, 1000));
        MapStore store = new MapStore(journeyStore.dataSource());
        JourneySimulator simulator = JourneySimulator.ofDefaultScenario().withShift("(start)", "web:docs", 3.0,
                LAST_WEEK.from().atStartOfDay().toInstant(ZoneOffset.UTC));
        JourneyFolder folder = new JourneyFolder(TAXONOMY, 2, Duration.ofDays(30).toMillis(), 7);
        MapDelta delta = SimulatedMap.fold(simulator.simulate(40_000, 5), TAXONOMY, folder);
        assertThat(store.lease("test", Instant.now().toEpochMilli(), 60_000)).isTrue();
        assertThat(store.flush("test", delta, List.of(), new MapStore.State(1, 0, ""))).isTrue();
        queries = new MapQueries(store, TAXONOMY.stages(), MapSettings.defaults());
    }

    @AfterAll
    static void close() {
        journeyStore.close();
    }

    @Test
    void theEntryPointWhoseShareTripledIsUnexpectedAndNoOtherIs() {
        List<EntryPoint> entries = queries.entryPoints(LAST_WEEK, 28);
        assertThat(entries.get(0).type()).isEqualTo("web:docs");
        assertThat(entries.get(0).unexpected()).isTrue();
        assertThat(entries.get(0).lift()).isGreaterThan(2.0);
        assertThat(entries.subList(1, entries.size())).noneMatch(EntryPoint::unexpected);
    }

    @Test
    void pathsComeMostTakenFirstWithTheirConversionRates() {
        List<PathStat> paths = queries.paths(new MapQuery(LocalDate.parse("2025-01-01"), TODAY, Segment.ALL), 10);
        assertThat(paths).hasSize(10);
        assertThat(paths).isSortedAccordingTo((a, b) -> Long.compare(b.journeys(), a.journeys()));
        assertThat(paths).allSatisfy(p -> assertThat(p.conversionRate()).isEqualTo((double) p.conversions() / p.journeys()));
    }

    @Test
    void theFunnelAccountsForEveryJourneyThatEnteredAStage() {
        List<FunnelStage> stages = queries.funnel(new MapQuery(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"),
                Segment.ALL)).stages();
        assertThat(stages).extracting(FunnelStage::stage).containsExactly(TAXONOMY.stages().toArray(String[]::new));
        FunnelStage awareness = stages.get(0);
        assertThat(awareness.entered()).isPositive();
        // every simulated journey ended (converted or dropped), so no stage is left open
        assertThat(stages).allSatisfy(s -> assertThat(s.entered())
                .isEqualTo(s.progressed() + s.converted() + s.lost() + s.dropped()));
        assertThat(stages.get(1).dropOffProbability()).isBetween(0.0, 1.0);
        assertThat(stages.get(1).medianStallSeconds()).isPositive();
    }

    @Test
    void noFrictionWhereStagesDidNotChange() {
        assertThat(queries.friction(LAST_WEEK, 28, Instant.now())).isEmpty();
    }

    @Test
    void segmentKeysAreMatchedAsStored() {
        assertThat(SegmentDimensions.storedKey(Segment.parse("Country = DE"))).isEqualTo("Country=de");
        assertThat(SegmentDimensions.storedKey(Segment.ALL)).isEqualTo("*");
    }
}
