package io.journeymap.scoring.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.scoring.ModelStatus;
import io.journeymap.api.scoring.Score;
import io.journeymap.api.scoring.ScoreKind;
import io.journeymap.journey.internal.EmbeddedPostgresStores;
import io.journeymap.journey.internal.JourneyStore;
import io.journeymap.scoring.internal.registry.JdbcModelRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The score store and the model registry on a real PostgreSQL, as in cluster mode. */
class PostgresScoringStoreIT {

    private static EmbeddedPostgresStores postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgresStores.start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void scoresAreIdempotentAndVersionsServeOneAtATime() throws Exception {
        try (JourneyStore journey = JourneyStore.open(postgres.freshDatabase("scores", 2))) {
            ScoreStore scores = new ScoreStore(journey.dataSource());
            Instant at = Instant.parse("2026-12-01T10:00:00Z");
            ScoreStore.Keyed s = new ScoreStore.Keyed("support/zendesk", "m-1", new Score("p-1", ScoreKind.SENTIMENT,
                    -0.4, "support/zendesk/m-1", "sentiment", "1", at, at));
            assertThat(scores.add(List.of(s))).isEqualTo(1);
            assertThat(scores.add(List.of(s))).isZero();
            assertThat(scores.scores(List.of("p-1"), ScoreKind.SENTIMENT, 5)).hasSize(1);

            JdbcModelRegistry registry = new JdbcModelRegistry(journey.dataSource(), Clock.systemUTC());
            // an artifact of several MB, as a trained version's is
            String artifact = "A".repeat(4_000_000);
            registry.register("sentiment", Map.of("pearson", 0.6), "t", "sentiment-features/1", artifact);
            registry.register("sentiment", Map.of("pearson", 0.7), "t", "sentiment-features/1", artifact);
            registry.promote("sentiment", 1);
            registry.promote("sentiment", 2);
            assertThat(registry.versions()).filteredOn(v -> v.status() == ModelStatus.SERVING).singleElement()
                    .satisfies(v -> assertThat(v.version()).isEqualTo(2));
            assertThat(registry.artifact("sentiment", 2)).hasSize(4_000_000);
            assertThat(registry.rollback("sentiment").version()).isEqualTo(1);
        }
    }
}
