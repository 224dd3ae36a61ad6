package io.journeymap.journey.internal.influence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shapley values per channel.
 *
 * @param values         each channel's Shapley value, in conversions; sorted by channel
 * @param standardErrors each value's Monte Carlo standard error, 0 when computed exactly
 * @param exact          whether the values were computed by enumerating every coalition
 */
public record ShapleyResult(Map<String, Double> values, Map<String, Double> standardErrors, boolean exact) {

    /** Copies the maps. */
    public ShapleyResult {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        standardErrors = Collections.unmodifiableMap(new LinkedHashMap<>(standardErrors));
    }

    /** @return the values normalised to sum to 1 */
    public Map<String, Double> shares() {
        return AttributionShares.of(values);
    }
}
