package io.journeymap.api.journey;

import java.util.List;

/**
 * A path journeys took, from their first touchpoint to their end (consecutive repeats collapsed).
 *
 * @param path           the touchpoint types in order
 * @param journeys       how many finished journeys took it (an estimate where paths are many: see the docs)
 * @param conversions    how many of them converted
 * @param conversionRate conversions over journeys
 */
public record PathStat(List<String> path, long journeys, long conversions, double conversionRate) {
}
