package io.journeymap.journey.internal.influence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sparse counts of transitions from a <em>history</em> (the last {@code order} names visited) to
 * the next state, for a Markov chain of order k &gt;= 1. Tables are mergeable, so counts can be
 * built per partition or per day and summed.
 *
 * <p>A history has at most k names. The walk begins in {@code [(start)]}; with k = 2, after
 * visiting a then b the states are {@code [(start)] -> [(start), a] -> [a, b]}: the newest k names
 * are kept, and a history shorter than k always begins with {@link JourneyStates#START}. The next
 * state is a name, {@link JourneyStates#CONVERSION} or {@link JourneyStates#NULL}.
 *
 * <p>Not thread-safe; build one per thread and {@link #merge} them.
 */
public final class TransitionTable implements Iterable<TransitionTable.Transition> {

    /**
     * One cell of the table.
     *
     * @param history the history, at most {@code order} names
     * @param next    the next state
     * @param count   how often the transition was seen
     */
    public record Transition(List<String> history, String next, long count) {
    }

    private static final class Row {
        final Map<String, Long> counts = new LinkedHashMap<>();
        long total;
    }

    private final int order;
    // insertion-ordered, so iteration (and anything solved from it) is reproducible run to run
    private final Map<List<String>, Row> rows = new LinkedHashMap<>();

    /** @param order the chain's order k, at least 1 */
    public TransitionTable(int order) {
        if (order < 1) {
            throw new IllegalArgumentException("a Markov chain's order must be at least 1, was " + order);
        }
        this.order = order;
    }

    /**
     * Counts every transition of every path: from {@code [(start)]} through each name to the path's
     * end. Consecutive repeats ({@code a, a}) are kept as self-transitions rather than collapsed:
     * a repeat is a real touch, and collapsing would be a modelling choice for the caller to make
     * on the paths before they get here.
     *
     * @param order the chain's order k
     * @param paths the journeys
     * @return a new table
     */
    public static TransitionTable fromPaths(int order, Iterable<JourneyPath> paths) {
        TransitionTable table = new TransitionTable(order);
        for (JourneyPath path : paths) {
            table.addPath(path);
        }
        return table;
    }

    /** @param path one journey, counted {@code path.count()} times */
    public void addPath(JourneyPath path) {
        List<String> history = start();
        for (String name : path.names()) {
            addTrusted(history, name, path.count());
            history = advance(history, name, order);
        }
        addTrusted(history, path.end(), path.count());
    }

    /** @return the history every walk begins in, {@code [(start)]} */
    public static List<String> start() {
        return List.of(JourneyStates.START);
    }

    /**
     * @param history a history
     * @param name    the name visited next
     * @param order   the chain's order
     * @return the history after visiting {@code name}: the newest {@code order} names
     */
    public static List<String> advance(List<String> history, String name, int order) {
        int keep = Math.min(history.size(), order - 1);
        List<String> next = new ArrayList<>(keep + 1);
        next.addAll(history.subList(history.size() - keep, history.size()));
        next.add(name);
        return Collections.unmodifiableList(next);
    }

    /**
     * @param history the history, at most {@code order()} names, shorter only if it begins with
     *                {@code (start)}
     * @param next    a name, {@code (conversion)} or {@code (null)}
     * @param count   how many times to add it, at least 0
     */
    public void add(List<String> history, String next, long count) {
        requireHistory(history);
        if (JourneyStates.START.equals(next) || next == null || next.isEmpty()) {
            throw new IllegalArgumentException("a transition cannot lead to " + next);
        }
        if (count < 0) {
            throw new IllegalArgumentException("a transition count must not be negative, was " + count);
        }
        if (count > 0) {
            addTrusted(List.copyOf(history), next, count);
        }
    }

    /**
     * Adds every count of another table of the same order to this one.
     *
     * @param other a table of the same order
     */
    public void merge(TransitionTable other) {
        if (other.order != order) {
            throw new IllegalArgumentException("cannot merge a table of order " + other.order
                    + " into one of order " + order);
        }
        other.rows.forEach((history, row) -> row.counts.forEach((next, count) -> addTrusted(history, next, count)));
    }

    private void addTrusted(List<String> history, String next, long count) {
        Row row = rows.computeIfAbsent(history, h -> new Row());
        row.counts.merge(next, count, Long::sum);
        row.total += count;
    }

    private void requireHistory(List<String> history) {
        if (history.isEmpty() || history.size() > order) {
            throw new IllegalArgumentException("a history has 1 to " + order + " names, was " + history);
        }
        for (int i = 0; i < history.size(); i++) {
            String name = history.get(i);
            boolean startHere = i == 0 && JourneyStates.START.equals(name);
            if (!startHere) {
                JourneyStates.requireTouchName(name, "name " + i + " of history " + history);
            }
        }
        if (history.size() < order && !JourneyStates.START.equals(history.get(0))) {
            throw new IllegalArgumentException("a history shorter than the order must begin with "
                    + JourneyStates.START + ", was " + history);
        }
    }

    /** @return the chain's order k */
    public int order() {
        return order;
    }

    /** @return every history that has at least one outgoing transition, in first-seen order */
    public Set<List<String>> histories() {
        return Collections.unmodifiableSet(rows.keySet());
    }

    /**
     * @param history a history
     * @return the counts of each next state from it, empty if never seen
     */
    public Map<String, Long> row(List<String> history) {
        Row row = rows.get(history);
        return row == null ? Map.of() : Collections.unmodifiableMap(row.counts);
    }

    /**
     * @param history a history
     * @return the number of transitions out of it
     */
    public long total(List<String> history) {
        Row row = rows.get(history);
        return row == null ? 0 : row.total;
    }

    /**
     * @param history a history
     * @param next    a next state
     * @return the maximum-likelihood estimate of P(next | history), 0 for an unseen history
     */
    public double probability(List<String> history, String next) {
        Row row = rows.get(history);
        if (row == null) {
            return 0;
        }
        return row.counts.getOrDefault(next, 0L) / (double) row.total;
    }

    @Override
    public Iterator<Transition> iterator() {
        List<Transition> all = new ArrayList<>();
        rows.forEach((history, row) -> row.counts.forEach((next, count) -> all.add(new Transition(history, next, count))));
        return Collections.unmodifiableList(all).iterator();
    }
}
