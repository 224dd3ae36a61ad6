package io.journeymap.journey.internal.map;

import io.journeymap.journey.internal.map.Keys.Level;
import java.util.Map;
import java.util.TreeMap;

/** Reads one transition table out of a bucket's counts: history (joined by {@code >}) to next to count. */
final class TransitionCounts {

    private TransitionCounts() {
    }

    static Map<String, Map<String, Long>> of(DayBucket b, Level level, int order) {
        String prefix = Keys.transitionPrefix(level, order);
        Map<String, Map<String, Long>> rows = new TreeMap<>();
        for (Map.Entry<String, Long> e : b.counts.entrySet()) {
            String k = e.getKey();
            if (k.startsWith(prefix)) {
                int bar = k.indexOf('|', prefix.length());
                rows.computeIfAbsent(k.substring(prefix.length(), bar), x -> new TreeMap<>())
                        .merge(k.substring(bar + 1), e.getValue(), Long::sum);
            }
        }
        return rows;
    }
}
