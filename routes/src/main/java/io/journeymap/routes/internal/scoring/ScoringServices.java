package io.journeymap.routes.internal.scoring;

import io.journeymap.api.scoring.ModelRegistry;
import io.journeymap.api.scoring.Scorer;
import io.journeymap.api.scoring.TouchpointScoring;
import io.journeymap.api.timeline.TimelineEntry;
import java.util.List;
import java.util.Optional;

/**
 * The scoring feature's services as the pipeline sees them: optional and dynamic, so the core runs
 * without the scoring feature and a scoring bundle can be updated without restarting the pipeline.
 * While none is bound the pipeline stores timelines unscored and the admin API answers 503.
 */
public final class ScoringServices implements TouchpointScoring {

    private volatile TouchpointScoring scoring;
    private volatile Scorer scorer;
    private volatile ModelRegistry registry;

    /** @param s the bound service, or null once it went away */
    public void scoring(TouchpointScoring s) {
        scoring = s;
    }

    /** @param s the bound service, or null once it went away */
    public void scorer(Scorer s) {
        scorer = s;
    }

    /** @param r the bound service, or null once it went away */
    public void registry(ModelRegistry r) {
        registry = r;
    }

    /** @return the scores, while the scoring feature is installed */
    public Optional<Scorer> scorer() {
        return Optional.ofNullable(scorer);
    }

    /** @return the model registry, while the scoring feature is installed */
    public Optional<ModelRegistry> registry() {
        return Optional.ofNullable(registry);
    }

    @Override
    public int scoreArrived(List<TimelineEntry> entries) {
        TouchpointScoring s = scoring;
        return s == null || entries.isEmpty() ? 0 : s.scoreArrived(entries);
    }
}
