package io.journeymap.journey.internal.influence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The "simplified" attribution game of Zhao et al. (2018) with channels numbered: v(S) is the sum
 * of the conversions of every coalition that is a subset of S. Coalitions without conversions add
 * nothing to any v(S) and are dropped; so is the empty coalition, whose conversions no channel
 * can earn (keeping it would break v(∅) = 0).
 *
 * @param channels    every channel named in any coalition, sorted; a channel's index is its number
 * @param members     each kept coalition's channel numbers
 * @param conversions each kept coalition's conversions
 */
record CoalitionGame(List<String> channels, int[][] members, double[] conversions) {

    static CoalitionGame of(Map<Set<String>, CoalitionTally> coalitions) {
        TreeSet<String> names = new TreeSet<>();
        coalitions.keySet().forEach(names::addAll);
        List<String> channels = List.copyOf(names);
        List<int[]> members = new ArrayList<>();
        List<Double> conversions = new ArrayList<>();
        for (Map.Entry<Set<String>, CoalitionTally> coalition : coalitions.entrySet()) {
            if (coalition.getKey().isEmpty() || coalition.getValue().conversions() == 0) {
                continue;
            }
            members.add(coalition.getKey().stream().mapToInt(channel -> indexOf(channels, channel)).toArray());
            conversions.add((double) coalition.getValue().conversions());
        }
        return new CoalitionGame(channels, members.toArray(new int[0][]),
                conversions.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static int indexOf(List<String> sortedChannels, String channel) {
        return Collections.binarySearch(sortedChannels, channel);
    }

    int size() {
        return channels.size();
    }
}
