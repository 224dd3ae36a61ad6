package io.journeymap.identity.internal.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * When two sources are each free of duplicates, a record of one can match at most one record of
 * the other. Greedy assignment, best weight first: a MATCH or REVIEW pair whose left or right
 * record is already taken by a heavier pair becomes NON_MATCH. Greedy rather than an optimal
 * assignment because conflicts are rare and local (a person and a relative at the same address),
 * where the heaviest pair is nearly always the right one, and it costs only a sort.
 */
public final class OneToOneConstraint {

    private OneToOneConstraint() {
    }

    /** The pairs in their input order, conflicting lighter pairs demoted; ties go to the earlier pair. */
    public static List<ScoredPair> apply(List<ScoredPair> pairs) {
        int[] byWeight = IntStream.range(0, pairs.size())
                .filter(i -> pairs.get(i).matchClass() != MatchClass.NON_MATCH)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -pairs.get(i).weight()).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
        Set<String> leftTaken = new HashSet<>();
        Set<String> rightTaken = new HashSet<>();
        List<ScoredPair> result = new ArrayList<>(pairs);
        for (int i : byWeight) {
            ScoredPair pair = pairs.get(i);
            boolean leftFree = !leftTaken.contains(pair.left().id());
            boolean rightFree = !rightTaken.contains(pair.right().id());
            if (leftFree && rightFree) {
                leftTaken.add(pair.left().id());
                rightTaken.add(pair.right().id());
            } else {
                result.set(i, pair.withMatchClass(MatchClass.NON_MATCH));
            }
        }
        return result;
    }
}
