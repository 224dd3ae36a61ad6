package io.journeymap.api.journey;

import java.util.List;

/**
 * Touchpoint influence over a range.
 *
 * @param query       what was asked
 * @param level       channels or touchpoint types
 * @param conversions conversions in the range the heuristics shared out
 * @param higherOrder the order of the higher-order Markov model
 * @param rows        one per channel or type, highest Markov share first
 */
public record Influence(MapQuery query, InfluenceLevel level, long conversions, int higherOrder, List<InfluenceRow> rows) {
}
