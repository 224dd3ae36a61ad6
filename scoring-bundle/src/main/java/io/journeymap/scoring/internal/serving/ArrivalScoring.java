package io.journeymap.scoring.internal.serving;

import io.journeymap.api.consent.ConsentService;
import io.journeymap.api.consent.EnforcementPoint;
import io.journeymap.api.consent.Purposes;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.scoring.Score;
import io.journeymap.api.scoring.ScoreKind;
import io.journeymap.api.scoring.TouchpointScoring;
import io.journeymap.api.timeline.TimelineEntry;
import io.journeymap.scoring.internal.store.ScoreStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores a stored batch: each touchpoint with free text gets a sentiment from the serving scorer,
 * for people whose consent permits personalization (asked once per person and batch; each answer
 * is audited by the consent service). The whole batch is scored by one version and stored in one
 * transaction, idempotently.
 */
public final class ArrivalScoring implements TouchpointScoring {

    private static final Logger LOG = LoggerFactory.getLogger(ArrivalScoring.class);

    private final ServingModels serving;
    private final ConsentService consent;
    private final ScoreStore scores;
    private final Clock clock;

    /**
     * @param serving the serving sentiment scorer
     * @param consent the scoring point's consent check
     * @param scores  where scores are stored
     * @param clock   when they were scored
     */
    public ArrivalScoring(ServingModels serving, ConsentService consent, ScoreStore scores, Clock clock) {
        this.serving = serving;
        this.consent = consent;
        this.scores = scores;
        this.clock = clock;
    }

    @Override
    public int scoreArrived(List<TimelineEntry> entries) {
        List<TimelineEntry> withText = entries.stream()
                .filter(e -> e.event().text() != null && !e.event().text().isBlank()).toList();
        if (withText.isEmpty()) {
            return 0;
        }
        Map<String, Boolean> permitted = new HashMap<>();
        List<TimelineEntry> allowed = new ArrayList<>();
        for (TimelineEntry e : withText) {
            if (permitted.computeIfAbsent(e.profileId(), p -> consent.check(p, Purposes.PERSONALIZATION,
                    EnforcementPoint.SCORING, "sentiment").permitted())) {
                allowed.add(e);
            }
        }
        if (allowed.isEmpty()) {
            return 0;
        }
        Optional<ServingModels.Lease> lease = serving.acquire();
        if (lease.isEmpty()) {
            LOG.debug("{} touchpoint(s) with text left unscored: no sentiment model serves", allowed.size());
            return 0;
        }
        TextScorer scorer;
        List<Double> values;
        try (ServingModels.Lease l = lease.get()) {
            scorer = l.scorer();
            values = scorer.score(allowed.stream().map(e -> e.event().text()).toList());
        } catch (Exception e) {
            // A model that fails must not stop the pipeline (timelines keep flowing); the touchpoints
            // stay unscored and the failure is counted in the log. A store failure below is retried.
            LOG.warn("{} touchpoint(s) left unscored: the sentiment model failed ({})", allowed.size(),
                    e.getClass().getSimpleName());
            return 0;
        }
        Instant now = clock.instant();
        List<ScoreStore.Keyed> rows = new ArrayList<>(allowed.size());
        for (int i = 0; i < allowed.size(); i++) {
            TouchpointEvent event = allowed.get(i).event();
            String source = event.source().key();
            rows.add(new ScoreStore.Keyed(source, event.messageId(), new Score(allowed.get(i).profileId(),
                    ScoreKind.SENTIMENT, values.get(i), source + "/" + event.messageId(), scorer.model(),
                    scorer.version(), event.timestamp(), now)));
        }
        return scores.add(rows);
    }
}
