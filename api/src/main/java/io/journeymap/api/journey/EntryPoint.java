package io.journeymap.api.journey;

/**
 * Where journeys start, against a baseline.
 *
 * @param type          the first touchpoint type of the journeys
 * @param journeys      how many journeys started there in the range
 * @param share         their share of all journeys started in the range
 * @param baselineShare the share in the baseline range before it
 * @param lift          share over baseline share (null when the baseline has none)
 * @param pValue        two-proportion test of share against baseline share
 * @param unexpected    whether the share is well above its baseline: significant after
 *                      false-discovery-rate control and at least the configured lift
 */
public record EntryPoint(String type, long journeys, double share, double baselineShare, Double lift, double pValue,
        boolean unexpected) {
}
