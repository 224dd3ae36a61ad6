package io.journeymap.api.journey;

import java.util.List;
import java.util.Map;

/**
 * The journey map over a range: its states, edges and outcomes.
 *
 * @param query              what was asked
 * @param journeysStarted    journeys that started in the range
 * @param conversions        journeys that converted in the range
 * @param losses             journeys lost in the range
 * @param dropOffs           journeys that went quiet for the inactivity window
 * @param touchpoints        touchpoints per type
 * @param transitions        transitions between touchpoint types (first order), with time between them
 * @param channelTransitions transitions between channels
 * @param lateTouchpoints    touchpoints that arrived after a later one of the same person: counted, but
 *                           not placed on paths (see the docs)
 */
public record MapView(MapQuery query, long journeysStarted, long conversions, long losses, long dropOffs,
        Map<String, Long> touchpoints, List<TransitionStat> transitions, List<TransitionStat> channelTransitions,
        long lateTouchpoints) {
}
