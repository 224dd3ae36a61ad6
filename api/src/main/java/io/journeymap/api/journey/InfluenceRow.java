package io.journeymap.api.journey;

import java.util.Map;

/**
 * The influence of one channel or touchpoint type on conversion, under each model, as its share of
 * the conversions (each model's shares sum to 1 over the rows).
 *
 * @param name   the channel or touchpoint type
 * @param shares model name ({@code first_touch}, {@code last_touch}, {@code linear}, {@code time_decay},
 *               {@code position_based}, {@code markov}, {@code markov_order_k}, {@code shapley}) to share
 * @param removalEffect the first-order Markov removal effect: the fraction of conversions lost without it
 */
public record InfluenceRow(String name, Map<String, Double> shares, double removalEffect) {
}
