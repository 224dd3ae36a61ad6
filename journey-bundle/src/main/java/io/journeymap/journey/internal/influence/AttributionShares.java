package io.journeymap.journey.internal.influence;

import java.util.LinkedHashMap;
import java.util.Map;

/** Turns per-name credits (removal effects, Shapley values, summed heuristic credits) into shares. */
public final class AttributionShares {

    private AttributionShares() {
    }

    /**
     * @param credits non-negative credit per name
     * @return each name's credit divided by the sum, in the same order; all 0 if the sum is 0
     */
    public static Map<String, Double> of(Map<String, Double> credits) {
        double sum = 0;
        for (double credit : credits.values()) {
            sum += credit;
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Map.Entry<String, Double> credit : credits.entrySet()) {
            shares.put(credit.getKey(), sum == 0 ? 0 : credit.getValue() / sum);
        }
        return shares;
    }

    /**
     * @param a shares per name
     * @param b shares per name
     * @return the L1 distance, a name missing from one side counting as 0 there
     */
    public static double l1Distance(Map<String, Double> a, Map<String, Double> b) {
        double distance = 0;
        for (Map.Entry<String, Double> share : a.entrySet()) {
            distance += Math.abs(share.getValue() - b.getOrDefault(share.getKey(), 0.0));
        }
        for (Map.Entry<String, Double> share : b.entrySet()) {
            if (!a.containsKey(share.getKey())) {
                distance += Math.abs(share.getValue());
            }
        }
        return distance;
    }
}
