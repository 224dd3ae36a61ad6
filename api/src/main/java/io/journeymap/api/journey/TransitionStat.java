package io.journeymap.api.journey;

/**
 * One edge of the map: how often journeys went from one state to the next, and how long it took.
 *
 * @param from          a touchpoint type or channel, or {@code (start)}
 * @param to            a touchpoint type or channel, {@code (conversion)} or {@code (null)} (dropped or lost)
 * @param count         how many times
 * @param probability   count over all transitions out of {@code from}
 * @param medianSeconds median time between the two touchpoints, null where not measured
 * @param p90Seconds    90th percentile of that time, null where not measured
 */
public record TransitionStat(String from, String to, long count, double probability, Double medianSeconds,
        Double p90Seconds) {
}
