package io.journeymap.api.journey;

/**
 * One stage of the funnel. A journey's stage is the furthest stage it has reached.
 *
 * @param stage              the stage
 * @param entered            journeys that entered it
 * @param progressed         of those, how many moved on to a later stage
 * @param converted          how many converted while in it
 * @param lost               how many ended in it with an explicit loss
 * @param dropped            how many ended in it with no activity for the inactivity window
 * @param open               how many are still in it (entered minus every outcome above)
 * @param dropOffProbability (lost + dropped) over the journeys whose outcome in this stage is known
 * @param medianStallSeconds median time spent in the stage before moving on or converting
 * @param p90StallSeconds    90th percentile of that time
 */
public record FunnelStage(String stage, long entered, long progressed, long converted, long lost, long dropped, long open,
        double dropOffProbability, Double medianStallSeconds, Double p90StallSeconds) {
}
