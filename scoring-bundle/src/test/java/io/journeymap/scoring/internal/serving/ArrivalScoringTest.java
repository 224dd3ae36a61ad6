package io.journeymap.scoring.internal.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.consent.ConsentDecision;
import io.journeymap.api.consent.ConsentService;
import io.journeymap.api.consent.EnforcementPoint;
import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.scoring.Score;
import io.journeymap.api.scoring.ScoreKind;
import io.journeymap.api.timeline.TimelineEntry;
import io.journeymap.journey.internal.JourneyStore;
import io.journeymap.journey.internal.StoreSettings;
import io.journeymap.scoring.internal.store.ScoreStore;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArrivalScoringTest {

    @TempDir
    Path dir;

    private JourneyStore journey;
    private ScoreStore scores;
    private final List<String> checks = new ArrayList<>();
    private final ServingModels serving = new ServingModels();

    @BeforeEach
    void open() {
        journey = JourneyStore.open(new StoreSettings("jdbc:h2:file:" + dir.resolve("s") + ";WRITE_DELAY=0", "sa", "", 2,
                1000));
        scores = new ScoreStore(journey.dataSource());
    }

    @AfterEach
    void close() {
        serving.close();
        journey.close();
    }

    /** The consent service's scoring check, answering from a set of permitted profiles (only check is called). */
    private ConsentService consent(Set<String> permitted) {
        return (ConsentService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ConsentService.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("check")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    checks.add(args[0] + " " + args[1] + " " + args[2] + " " + args[3]);
                    boolean ok = permitted.contains((String) args[0]);
                    return new ConsentDecision(ok, (String) args[1], ok ? "granted" : "no personalization consent");
                });
    }

    private static TimelineEntry entry(String profile, String messageId, String text) {
        return new TimelineEntry(profile, new TouchpointEvent(messageId, EventType.TRACK, "Ticket Comment Added", null,
                Map.of(), Map.of(), Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T10:00:01Z"), null,
                null, null, null, List.of(), EventContext.empty(), text, new EventSource("support", "zendesk")));
    }

    @Test
    void onlyTouchpointsWithTextOfPeopleWhoPermitPersonalizationAreScoredByTheServingVersion() {
        serving.serve(new ServingModelsTest.Fixed("3", -0.7));
        ArrivalScoring arrival = new ArrivalScoring(serving, consent(Set.of("p-yes")), scores, Clock.systemUTC());

        int stored = arrival.scoreArrived(List.of(entry("p-yes", "m-1", "This is broken again."),
                entry("p-yes", "m-2", null), entry("p-no", "m-3", "Still broken."), entry("p-yes", "m-4", "Thanks!")));

        assertThat(stored).isEqualTo(2);
        assertThat(scores.scores(List.of("p-yes"), ScoreKind.SENTIMENT, 10)).extracting(Score::messageId)
                .containsExactlyInAnyOrder("support/zendesk/m-1", "support/zendesk/m-4");
        assertThat(scores.scores(List.of("p-yes"), null, 10)).allSatisfy(s -> {
            assertThat(s.model()).isEqualTo("sentiment");
            assertThat(s.modelVersion()).isEqualTo("3");
            assertThat(s.value()).isEqualTo(-0.7);
        });
        assertThat(scores.scores(List.of("p-no"), null, 10)).isEmpty();
        assertThat(checks).as("one audited check per person and batch").containsExactlyInAnyOrder(
                "p-yes personalization " + EnforcementPoint.SCORING + " sentiment",
                "p-no personalization " + EnforcementPoint.SCORING + " sentiment");
    }

    @Test
    void aRedeliveredBatchStoresNoSecondScore() {
        serving.serve(new ServingModelsTest.Fixed("1", 0.4));
        ArrivalScoring arrival = new ArrivalScoring(serving, consent(Set.of("p")), scores, Clock.systemUTC());
        List<TimelineEntry> batch = List.of(entry("p", "m-1", "Great help, thank you"));
        assertThat(arrival.scoreArrived(batch)).isEqualTo(1);
        assertThat(arrival.scoreArrived(batch)).isZero();
        assertThat(scores.scores(List.of("p"), null, 10)).hasSize(1);
    }

    @Test
    void aModelThatFailsLeavesTheBatchUnscoredWithoutStoppingThePipeline() {
        serving.serve(new ServingModelsTest.Fixed("1", 0.4) {
            @Override
            public List<Double> score(List<String> texts) {
                throw new IllegalStateException("engine fault");
            }
        });
        ArrivalScoring arrival = new ArrivalScoring(serving, consent(Set.of("p")), scores, Clock.systemUTC());
        assertThat(arrival.scoreArrived(List.of(entry("p", "m-1", "hello")))).isZero();
    }

    @Test
    void withNothingServingTouchpointsStayUnscored() {
        ArrivalScoring arrival = new ArrivalScoring(serving, consent(Set.of("p")), scores, Clock.systemUTC());
        assertThat(arrival.scoreArrived(List.of(entry("p", "m-1", "hello")))).isZero();
    }
}
