package io.journeymap.journey.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.journey.Touchpoint;
import io.journeymap.journey.internal.map.Keys.Level;
import io.journeymap.journey.internal.map.Keys.StageEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JourneyFolderTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-11-01");

    private final ConfiguredTaxonomy taxonomy = ConfiguredTaxonomy.defaults();
    private final JourneyFolder folder = new JourneyFolder(taxonomy, 2, Duration.ofDays(14).toMillis(), 7);
    private final MapDelta delta = new MapDelta();
    private final JourneyCursor cursor = new JourneyCursor("p1");

    private void touch(String type, Duration after) {
        folder.fold(cursor, taxonomy.touchpoint(type), T0.plus(after).toEpochMilli(), () -> List.of("*", "country=de"), delta);
    }

    private DayBucket all() {
        return delta.bucket(DAY, "*");
    }

    @Test
    void aJourneyStartsMovesThroughStagesAndConverts() {
        touch("ads:search_click", Duration.ZERO);
        touch("web:pricing", Duration.ofMinutes(5));
        touch("web:signup", Duration.ofMinutes(65));
        touch("web:order_completed", Duration.ofHours(3));

        DayBucket b = all();
        assertThat(b.count(Keys.JOURNEYS)).isEqualTo(1);
        assertThat(b.count(Keys.CONVERSIONS)).isEqualTo(1);
        Map<String, Map<String, Long>> t = TransitionCounts.of(b, Level.TYPE, 1);
        assertThat(t.get(Keys.START)).containsEntry("ads:search_click", 1L);
        assertThat(t.get("ads:search_click")).containsEntry("web:pricing", 1L);
        assertThat(t.get("web:signup")).containsEntry(Keys.CONVERSION, 1L);
        assertThat(t).doesNotContainKey("web:order_completed");
        assertThat(TransitionCounts.of(b, Level.CHANNEL, 1).get("ads")).containsEntry("web", 1L);
        assertThat(TransitionCounts.of(b, Level.TYPE, 2).get("ads:search_click>web:pricing")).containsEntry("web:signup", 1L);
        assertThat(b.digest(Keys.gap("web:pricing", "web:signup")).quantile(0.5)).isEqualTo(3600.0);
        assertThat(b.count(StageEvent.ENTERED.key("awareness"))).isEqualTo(1);
        assertThat(b.count(StageEvent.PROGRESSED.key("awareness"))).isEqualTo(1);
        assertThat(b.count(StageEvent.ENTERED.key("intent"))).isEqualTo(1);
        assertThat(b.count(StageEvent.CONVERTED.key("purchase"))).isEqualTo(1);
        assertThat(b.digest(Keys.stall("consideration")).quantile(0.5)).isEqualTo(3600.0);
        assertThat(b.paths).containsOnlyKeys("ads:search_click>web:pricing>web:signup");
        assertThat(b.count(Keys.coalition(true, "ads,web"))).isEqualTo(1);
        assertThat(b.credits.get(Keys.credit("last_touch", Level.TYPE, "web:signup"))).isEqualTo(1.0);
        assertThat(b.credits.get(Keys.credit("first_touch", Level.CHANNEL, "ads"))).isEqualTo(1.0);
        assertThat(delta.bucket(DAY, "country=de").count(Keys.CONVERSIONS)).isEqualTo(1);
        assertThat(cursor.open).isFalse();
    }

    @Test
    void aQuietJourneyIsADropOffAtItsStageAndTheNextTouchStartsANewJourney() {
        touch("web:home", Duration.ZERO);
        touch("web:pricing", Duration.ofMinutes(1));
        touch("web:home", Duration.ofDays(20));

        DayBucket first = all();
        assertThat(first.count(Keys.DROP_OFFS)).isEqualTo(1);
        assertThat(first.count(StageEvent.DROPPED.key("consideration"))).isEqualTo(1);
        assertThat(TransitionCounts.of(first, Level.TYPE, 1).get("web:pricing")).containsEntry(Keys.NULL, 1L);
        assertThat(delta.bucket(DAY.plusDays(20), "*").count(Keys.JOURNEYS)).isEqualTo(1);
        assertThat(cursor.open).isTrue();
        assertThat(cursor.touches).hasSize(1);
    }

    @Test
    void aLossEndsTheJourneyWithoutBeingAState() {
        touch("crm:lead_created", Duration.ZERO);
        touch("crm:opportunity_lost", Duration.ofDays(2));

        assertThat(delta.bucket(DAY.plusDays(2), "*").count(StageEvent.LOST.key("intent"))).isEqualTo(1);
        assertThat(TransitionCounts.of(delta.bucket(DAY.plusDays(2), "*"), Level.TYPE, 1).get("crm:lead_created"))
                .containsEntry(Keys.NULL, 1L);
    }

    @Test
    void aLateTouchIsCountedButLeavesThePathAlone() {
        touch("web:home", Duration.ofHours(2));
        touch("email:open", Duration.ofHours(1));

        assertThat(all().count(Keys.LATE)).isEqualTo(1);
        assertThat(all().count(Keys.touchpoint("email:open"))).isEqualTo(1);
        assertThat(cursor.touches).extracting(JourneyCursor.Touch::type).containsExactly("web:home");
    }

    @Test
    void aCursorSurvivesItsBytes() {
        touch("web:home", Duration.ZERO);
        touch("web:pricing", Duration.ofMinutes(1));
        JourneyCursor back = JourneyCursor.read("p1", cursor.write());
        assertThat(back).usingRecursiveComparison().isEqualTo(cursor);
    }

    @Test
    void aBucketSurvivesItsBytesAndMergesAdditively() {
        touch("web:home", Duration.ZERO);
        touch("web:pricing", Duration.ofMinutes(1));
        touch("web:order_completed", Duration.ofMinutes(2));
        DayBucket copy = BucketCodec.read(BucketCodec.write(all()));
        assertThat(copy.counts).isEqualTo(all().counts);
        assertThat(copy.credits).isEqualTo(all().credits);
        DayBucket twice = BucketCodec.read(BucketCodec.write(all())).merge(copy);
        assertThat(twice.count(Keys.CONVERSIONS)).isEqualTo(2);
        assertThat(twice.digest(Keys.gap("web:home", "web:pricing")).size()).isEqualTo(2);
        assertThat(twice.paths.get("web:home>web:pricing")).containsExactly(2, 2);
    }

    @Test
    void pathsBeyondCapacityFoldIntoOneOtherPathKeepingTotals() {
        DayBucket b = new DayBucket();
        for (int i = 0; i < DayBucket.PATH_CAPACITY + 10; i++) {
            b.path("web:x" + i, i % 2 == 0);
        }
        assertThat(b.paths.size()).isLessThanOrEqualTo(DayBucket.PATH_CAPACITY);
        long total = b.paths.values().stream().mapToLong(v -> v[0]).sum();
        assertThat(total).isEqualTo(DayBucket.PATH_CAPACITY + 10);
    }
}
