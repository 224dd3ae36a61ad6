package io.journeymap.scoring.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.scoring.Score;
import io.journeymap.api.scoring.ScoreKind;
import io.journeymap.journey.internal.JourneyStore;
import io.journeymap.journey.internal.StoreSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreStoreTest {

    @TempDir
    Path dir;

    private JourneyStore journey;
    private ScoreStore store;

    @BeforeEach
    void open() {
        journey = JourneyStore.open(new StoreSettings("jdbc:h2:file:" + dir.resolve("s") + ";WRITE_DELAY=0", "sa", "", 2,
                1000));
        store = new ScoreStore(journey.dataSource());
    }

    @AfterEach
    void close() {
        journey.close();
    }

    private static ScoreStore.Keyed sentiment(String profile, String messageId, double value, String version, int minute) {
        Instant at = Instant.parse("2026-12-01T10:00:00Z").plusSeconds(60L * minute);
        return new ScoreStore.Keyed("support/zendesk", messageId, new Score(profile, ScoreKind.SENTIMENT, value,
                "support/zendesk/" + messageId, "sentiment", version, at, at.plusSeconds(1)));
    }

    @Test
    void aRedeliveredTouchpointIsScoredOnceEvenByAnotherVersion() {
        assertThat(store.add(List.of(sentiment("p-1", "m-1", -0.5, "1", 0)))).isEqualTo(1);
        assertThat(store.add(List.of(sentiment("p-1", "m-1", 0.9, "2", 0), sentiment("p-1", "m-2", 0.2, "2", 1))))
                .isEqualTo(1);
        List<Score> scores = store.scores(List.of("p-1"), ScoreKind.SENTIMENT, 10);
        assertThat(scores).extracting(Score::messageId).containsExactly("support/zendesk/m-2", "support/zendesk/m-1");
        assertThat(scores.get(1).value()).isEqualTo(-0.5);
        assertThat(scores.get(1).modelVersion()).isEqualTo("1");
    }

    @Test
    void scoresAreReadPerPersonNewestFirstAndLimited() {
        store.add(List.of(sentiment("p-1", "a", 0.1, "1", 1), sentiment("p-1", "b", 0.2, "1", 3),
                sentiment("p-2", "c", 0.3, "1", 2)));
        assertThat(store.scores(List.of("p-1"), null, 1)).extracting(Score::messageId)
                .containsExactly("support/zendesk/b");
        assertThat(store.scores(List.of("p-1", "p-2"), ScoreKind.SENTIMENT, 10)).hasSize(3);
        assertThat(store.scores(List.of("p-1"), ScoreKind.PROPENSITY, 10)).isEmpty();
    }

    @Test
    void erasureRemovesEveryScoreOfThePersonAndNoOneElses() {
        store.add(List.of(sentiment("p-1", "a", 0.1, "1", 1), sentiment("p-2", "b", 0.2, "1", 2)));
        assertThat(store.export(List.of("p-1"))).hasSize(1);
        assertThat(store.erase(List.of("p-1"))).isEqualTo(1);
        assertThat(store.scores(List.of("p-1"), null, 10)).isEmpty();
        assertThat(store.scores(List.of("p-2"), null, 10)).hasSize(1);
    }
}
