package io.journeymap.api.journey;

import java.util.List;

/**
 * The living journey map, folded from the timelines as events arrive into daily buckets that any
 * range merges. Every question takes a {@link MapQuery}: a range of days and a segment.
 */
public interface JourneyMap {

    /**
     * @param query range and segment
     * @return touchpoints, transitions with time between them, channel transitions and outcomes
     */
    MapView map(MapQuery query);

    /**
     * @param query range and segment
     * @param limit the most paths
     * @return the most taken paths of journeys that ended in the range, most taken first
     */
    List<PathStat> paths(MapQuery query, int limit);

    /**
     * @param query range and segment
     * @return entries, outcomes, drop-off probability and stall time per stage
     */
    Funnel funnel(MapQuery query);

    /**
     * @param query        range and segment
     * @param baselineDays how many days before the range form the baseline
     * @return entry points with their share against the baseline, most unexpected first
     */
    List<EntryPoint> entryPoints(MapQuery query, int baselineDays);

    /**
     * @param query        range and segment
     * @param baselineDays how many days before the range form the baseline
     * @return stages whose drop-off or stall time rose significantly against the baseline
     */
    List<JourneyChange> friction(MapQuery query, int baselineDays);

    /**
     * @param query range and segment
     * @param level channels or touchpoint types
     * @return influence on conversion under the heuristic, Markov and Shapley models
     */
    Influence influence(MapQuery query, InfluenceLevel level);

    /**
     * Compares the configured current window with its baseline now, for every configured segment,
     * and appends what is significant and new to the feed.
     *
     * @return the changes appended
     */
    List<JourneyChange> detectChanges();

    /**
     * @param afterId the last feed position already seen (0 for the start)
     * @param limit   the most changes
     * @return the feed of changes after that position, oldest first
     */
    List<JourneyChange> changes(long afterId, int limit);

    /** @return how far the map has caught up */
    MapStatus status();
}
