package io.journeymap.journey.internal;

import static io.journeymap.journey.internal.StoreFixtures.track;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.journal.AppendResult;
import io.journeymap.api.journal.JournalRecord;
import io.journeymap.api.timeline.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The journal and timeline behaviour every supported database must show. */
abstract class JourneyStoreContract {

    protected JourneyStore store;

    /** @return settings for a fresh, empty database */
    protected abstract StoreSettings freshDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = JourneyStore.open(freshDatabase());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private AppendResult append(List<io.journeymap.api.event.TouchpointEvent> events) throws Exception {
        return store.journal().append(events).toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void appendedEventsAreReadBackInOrderWithIncreasingPositions() throws Exception {
        Instant t = Instant.parse("2026-11-01T10:00:00Z");
        AppendResult r = append(List.of(track("m1", "u1", t), track("m2", "u1", t), track("m3", "u2", t)));
        assertThat(r).isEqualTo(new AppendResult(3, 0));

        List<JournalRecord> records = store.journal().readAfter(0, 10);
        assertThat(records).extracting(rec -> rec.event().messageId()).containsExactly("m1", "m2", "m3");
        assertThat(records.get(0).position()).isLessThan(records.get(1).position());
        assertThat(records.get(0).event()).isEqualTo(track("m1", "u1", t));
        assertThat(store.journal().readAfter(records.get(2).position(), 10)).isEmpty();
    }

    @Test
    void repeatedMessageIdFromTheSameSourceIsStoredOnce() throws Exception {
        Instant t = Instant.parse("2026-11-01T10:00:00Z");
        append(List.of(track("m1", "u1", t)));
        AppendResult again = append(List.of(track("m1", "u1", t), track("m2", "u1", t), track("m2", "u1", t)));
        assertThat(again).isEqualTo(new AppendResult(1, 2));
        assertThat(store.journal().readAfter(0, 10)).hasSize(2);
    }

    @Test
    void concurrentAppendsAreGroupCommittedAndEachCallerGetsItsOwnResult() throws Exception {
        Instant t = Instant.parse("2026-11-01T10:00:00Z");
        List<CompletableFuture<AppendResult>> calls = new ArrayList<>();
        for (int req = 0; req < 50; req++) {
            int r = req;
            List<io.journeymap.api.event.TouchpointEvent> batch = IntStream.range(0, 20)
                    .mapToObj(i -> track("m-" + r + "-" + i, "u" + r, t)).toList();
            calls.add(store.journal().append(batch).toCompletableFuture());
        }
        for (CompletableFuture<AppendResult> call : calls) {
            assertThat(call.get(30, TimeUnit.SECONDS)).isEqualTo(new AppendResult(20, 0));
        }
        assertThat(store.journal().readAfter(0, 5000)).hasSize(1000);
    }

    @Test
    void checkpointsOnlyMoveForward() {
        assertThat(store.journal().checkpoint("pipeline")).isZero();
        store.journal().commit("pipeline", 42);
        store.journal().commit("pipeline", 17);
        assertThat(store.journal().checkpoint("pipeline")).isEqualTo(42);
        store.journal().commit("pipeline", 43);
        assertThat(store.journal().checkpoint("pipeline")).isEqualTo(43);
    }

    @Test
    void timelineIsOrderedByEventTimeAndIdempotent() throws Exception {
        var late = track("m1", "u1", Instant.parse("2026-11-02T10:00:00Z"));
        var early = track("m2", "u1", Instant.parse("2026-11-01T10:00:00Z"));
        var other = track("m3", "u2", Instant.parse("2026-11-01T10:00:00Z"));
        append(List.of(late, early, other));
        assertThat(store.timelines().add(List.of(new TimelineEntry("u1", late), new TimelineEntry("u1", early),
                new TimelineEntry("u2", other)))).isEqualTo(3);
        assertThat(store.timelines().add(List.of(new TimelineEntry("u1", late)))).isZero();

        assertThat(store.timelines().timeline("u1", 10)).extracting(e -> e.event().messageId())
                .containsExactly("m2", "m1");
        assertThat(store.timelines().count("u1")).isEqualTo(2);
        assertThat(store.timelines().timeline("nobody", 10)).isEmpty();
    }
}
