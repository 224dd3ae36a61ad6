package io.journeymap.api.scoring;

import io.journeymap.api.timeline.TimelineEntry;
import java.util.List;

/**
 * Scores touchpoints as the pipeline stores them. The pipeline calls it after a batch's timeline
 * write and before the batch is acknowledged, so a crash redelivers the batch and it is scored
 * again; scoring is idempotent per touchpoint and kind, so nothing is scored twice and nothing that
 * was acknowledged goes unscored. People whose consent does not permit personalization are passed
 * over (and the check is audited).
 */
public interface TouchpointScoring {

    /**
     * @param entries a batch's timeline entries, redelivered ones included
     * @return how many new scores were stored
     * @throws io.journeymap.api.store.StoreException when the scores could not be stored; the pipeline retries
     */
    int scoreArrived(List<TimelineEntry> entries);
}
