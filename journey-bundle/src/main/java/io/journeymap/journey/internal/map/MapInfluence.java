package io.journeymap.journey.internal.map;

import io.journeymap.api.journey.Influence;
import io.journeymap.api.journey.InfluenceLevel;
import io.journeymap.api.journey.InfluenceRow;
import io.journeymap.api.journey.MapQuery;
import io.journeymap.journey.internal.influence.AttributionShares;
import io.journeymap.journey.internal.influence.CoalitionTally;
import io.journeymap.journey.internal.influence.HeuristicModel;
import io.journeymap.journey.internal.influence.MarkovAttribution;
import io.journeymap.journey.internal.influence.ShapleyAttribution;
import io.journeymap.journey.internal.influence.TransitionTable;
import io.journeymap.journey.internal.map.Keys.Level;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Touchpoint influence from a merged bucket: the heuristic credits the folder added per converted
 * journey, Markov removal effects from the first-order and higher-order transition counts, and
 * Shapley values over the channel coalitions (channels only: coalitions of touchpoint types would
 * not stay bounded).
 */
final class MapInfluence {

    static final String MARKOV = "markov";
    static final String MARKOV_HIGHER = "markov_order_k";
    static final String SHAPLEY = "shapley";

    private final MarkovAttribution markov = new MarkovAttribution();
    private final ShapleyAttribution shapley;
    private final int order;

    MapInfluence(int order, int shapleyExactMax, int shapleySamples) {
        this.order = order;
        this.shapley = new ShapleyAttribution(shapleyExactMax, shapleySamples, ShapleyAttribution.DEFAULT_SEED);
    }

    Influence influence(MapQuery q, DayBucket b, InfluenceLevel level) {
        Level l = level == InfluenceLevel.CHANNEL ? Level.CHANNEL : Level.TYPE;
        Map<String, Map<String, Double>> shares = new HashMap<>();
        for (HeuristicModel m : HeuristicModel.values()) {
            String model = m.name().toLowerCase(Locale.ROOT);
            shares.put(model, AttributionShares.of(credits(b, model, l)));
        }
        Map<String, Double> effects = markov.removalEffects(table(b, l, 1));
        shares.put(MARKOV, MarkovAttribution.shares(effects));
        shares.put(MARKOV_HIGHER, MarkovAttribution.shares(markov.removalEffects(table(b, l, order))));
        if (l == Level.CHANNEL) {
            shares.put(SHAPLEY, shapley.values(coalitions(b)).shares());
        }
        Set<String> names = new TreeSet<>();
        shares.values().forEach(s -> names.addAll(s.keySet()));
        names.addAll(effects.keySet());
        List<InfluenceRow> rows = names.stream().map(name -> {
            Map<String, Double> row = new LinkedHashMap<>();
            shares.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> row.put(e.getKey(), e.getValue().getOrDefault(name, 0.0)));
            return new InfluenceRow(name, row, effects.getOrDefault(name, 0.0));
        }).sorted(Comparator.comparingDouble((InfluenceRow r) -> r.shares().get(MARKOV)).reversed()
                .thenComparing(InfluenceRow::name)).toList();
        return new Influence(q, level, b.count(Keys.CONVERSIONS), order, rows);
    }

    /** @return the transition table of a level and order, read from the bucket's counts */
    static TransitionTable table(DayBucket b, Level level, int order) {
        TransitionTable t = new TransitionTable(order);
        TransitionCounts.of(b, level, order).forEach((history, row) -> {
            List<String> h = List.of(history.split(">"));
            row.forEach((next, n) -> t.add(h, next, n));
        });
        return t;
    }

    private static Map<String, Double> credits(DayBucket b, String model, Level level) {
        String prefix = Keys.credit(model, level, "");
        return b.credits.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .collect(Collectors.toMap(e -> e.getKey().substring(prefix.length()), Map.Entry::getValue));
    }

    static Map<Set<String>, CoalitionTally> coalitions(DayBucket b) {
        Map<Set<String>, CoalitionTally> out = new HashMap<>();
        b.counts.forEach((k, v) -> {
            if (k.startsWith("set.j|")) {
                String channels = k.substring(6);
                Set<String> set = channels.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(channels.split(",")));
                out.put(set, new CoalitionTally(v, b.count(Keys.coalition(true, channels))));
            }
        });
        return out;
    }
}
