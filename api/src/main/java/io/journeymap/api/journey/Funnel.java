package io.journeymap.api.journey;

import java.util.List;

/**
 * The funnel over a range.
 *
 * @param query  what was asked
 * @param stages the stages in funnel order
 */
public record Funnel(MapQuery query, List<FunnelStage> stages) {
}
