package io.journeymap.routes.internal.scoring;

import io.journeymap.api.scoring.ModelRegistry;
import io.journeymap.api.scoring.Scorer;
import io.journeymap.api.scoring.TouchpointScoring;
import io.journeymap.api.timeline.TimelineEntry;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The scoring feature's services as the pipeline sees them: optional and dynamic, so the core runs
 * without the scoring feature and a scoring bundle can be updated without restarting the pipeline.
 * While none is bound the pipeline stores timelines unscored and the admin API answers 503.
 */
public final class ScoringServices implements TouchpointScoring {

    private final Supplier<TouchpointScoring> scoring;
    private final Supplier<Scorer> scorer;
    private final Supplier<ModelRegistry> registry;

    /**
     * @param scoring  the bound arrival scoring, or null
     * @param scorer   the bound scorer, or null
     * @param registry the bound model registry, or null
     */
    public ScoringServices(Supplier<TouchpointScoring> scoring, Supplier<Scorer> scorer,
            Supplier<ModelRegistry> registry) {
        this.scoring = scoring;
        this.scorer = scorer;
        this.registry = registry;
    }

    /** @return the scores, while the scoring feature is installed */
    public Optional<Scorer> scorer() {
        return Optional.ofNullable(scorer.get());
    }

    /** @return the model registry, while the scoring feature is installed */
    public Optional<ModelRegistry> registry() {
        return Optional.ofNullable(registry.get());
    }

    @Override
    public int scoreArrived(List<TimelineEntry> entries) {
        TouchpointScoring s = scoring.get();
        return s == null || entries.isEmpty() ? 0 : s.scoreArrived(entries);
    }
}
