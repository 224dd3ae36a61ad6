package io.journeymap.journey.internal.influence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A transition table compiled to arrays for repeated solving: one transient state per history,
 * its outgoing probabilities to other transient states, and its one-step probability of
 * converting. (null) and histories never seen leaving are absorbing with value 0.
 */
final class AbsorbingChain {

    private final int start;
    private final int[][] targets;
    private final double[][] probabilities;
    private final double[] conversion;
    private final Map<String, int[]> statesContaining;

    private AbsorbingChain(int start, int[][] targets, double[][] probabilities, double[] conversion,
            Map<String, int[]> statesContaining) {
        this.start = start;
        this.targets = targets;
        this.probabilities = probabilities;
        this.conversion = conversion;
        this.statesContaining = statesContaining;
    }

    private record Row(int[] targets, double[] probabilities, double conversion) {
    }

    static AbsorbingChain of(TransitionTable table) {
        List<List<String>> histories = new ArrayList<>(table.histories());
        Map<List<String>, Integer> index = new HashMap<>();
        for (List<String> history : histories) {
            index.put(history, index.size());
        }
        int n = histories.size();
        int[][] targets = new int[n][];
        double[][] probabilities = new double[n][];
        double[] conversion = new double[n];
        for (int i = 0; i < n; i++) {
            Row row = compileRow(table, histories.get(i), index);
            targets[i] = row.targets();
            probabilities[i] = row.probabilities();
            conversion[i] = row.conversion();
        }
        int start = index.getOrDefault(TransitionTable.start(), -1);
        return new AbsorbingChain(start, targets, probabilities, conversion, statesContaining(table, histories));
    }

    private static Row compileRow(TransitionTable table, List<String> history, Map<List<String>, Integer> index) {
        double total = table.total(history);
        List<Integer> to = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        double conversion = 0;
        for (Map.Entry<String, Long> cell : table.row(history).entrySet()) {
            String next = cell.getKey();
            double probability = cell.getValue() / total;
            if (JourneyStates.CONVERSION.equals(next)) {
                conversion += probability;
            } else if (!JourneyStates.NULL.equals(next)) {
                Integer target = index.get(TransitionTable.advance(history, next, table.order()));
                if (target != null) {
                    to.add(target);
                    p.add(probability);
                }
            }
        }
        return new Row(to.stream().mapToInt(Integer::intValue).toArray(),
                p.stream().mapToDouble(Double::doubleValue).toArray(), conversion);
    }

    /* Every name, even one only ever seen as a target (a dead end, so its effect is 0), with the states it is in. */
    private static Map<String, int[]> statesContaining(TransitionTable table, List<List<String>> histories) {
        Map<String, List<Integer>> containing = new TreeMap<>();
        for (int i = 0; i < histories.size(); i++) {
            List<String> history = histories.get(i);
            for (String name : table.row(history).keySet()) {
                if (!JourneyStates.isAbsorbing(name)) {
                    containing.computeIfAbsent(name, k -> new ArrayList<>());
                }
            }
            for (String name : new LinkedHashSet<>(history)) {
                if (!JourneyStates.START.equals(name)) {
                    containing.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
                }
            }
        }
        Map<String, int[]> states = new TreeMap<>();
        containing.forEach((name, list) -> states.put(name, list.stream().mapToInt(Integer::intValue).toArray()));
        return states;
    }

    /** @return every non-reserved name in the chain, sorted */
    Iterable<String> names() {
        return statesContaining.keySet();
    }

    /**
     * @param removed a name whose states are made absorbing with value 0, or null for none
     * @param solver  the iteration limits
     * @return the probability of absorbing in (conversion) from the start state
     */
    double conversionProbability(String removed, MarkovAttribution.Solver solver) {
        if (start < 0) {
            return 0;
        }
        boolean[] dead = new boolean[conversion.length];
        if (removed != null) {
            for (int state : statesContaining.getOrDefault(removed, new int[0])) {
                dead[state] = true;
            }
        }
        return solve(dead, solver)[start];
    }

    /*
     * Gauss–Seidel from 0: the iterates rise monotonically to the least fixed point, which is the
     * absorption probability (a cycle with no way out correctly stays at 0).
     */
    private double[] solve(boolean[] dead, MarkovAttribution.Solver solver) {
        double[] x = new double[conversion.length];
        double change = Double.POSITIVE_INFINITY;
        for (int sweep = 0; sweep < solver.maxSweeps(); sweep++) {
            change = 0;
            for (int i = 0; i < x.length; i++) {
                if (dead[i]) {
                    continue;
                }
                double value = conversion[i];
                int[] to = targets[i];
                double[] p = probabilities[i];
                for (int e = 0; e < to.length; e++) {
                    value += p[e] * x[to[e]];
                }
                change = Math.max(change, Math.abs(value - x[i]));
                x[i] = value;
            }
            if (change <= solver.tolerance()) {
                return x;
            }
        }
        throw new IllegalStateException("the absorbing chain of " + x.length + " states did not converge in "
                + solver.maxSweeps() + " sweeps (last change " + change + ")");
    }
}
