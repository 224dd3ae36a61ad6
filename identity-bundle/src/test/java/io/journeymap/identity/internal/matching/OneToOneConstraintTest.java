package io.journeymap.identity.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OneToOneConstraintTest {

    private static MatchRecord record(String id) {
        return new MatchRecord(id, Map.of());
    }

    private static ScoredPair pair(String left, String right, double weight, MatchClass decision) {
        return new ScoredPair(record(left), record(right), 0, weight, 0.5, decision);
    }

    @Test
    void theHeavierPairWinsAConflictAndTheLoserStaysFreeForItsNextPartner() {
        List<ScoredPair> result = OneToOneConstraint.apply(List.of(
                pair("a1", "b1", 10, MatchClass.MATCH),
                pair("a2", "b1", 8, MatchClass.REVIEW),
                pair("a2", "b2", 5, MatchClass.MATCH)));

        assertThat(result).extracting(ScoredPair::matchClass)
                .containsExactly(MatchClass.MATCH, MatchClass.NON_MATCH, MatchClass.MATCH);
    }

    @Test
    void aLeftRecordKeepsOnlyItsBestPartner() {
        List<ScoredPair> result = OneToOneConstraint.apply(List.of(
                pair("a1", "b1", 10, MatchClass.MATCH),
                pair("a1", "b2", 12, MatchClass.MATCH)));

        assertThat(result).extracting(ScoredPair::matchClass).containsExactly(MatchClass.NON_MATCH, MatchClass.MATCH);
    }

    @Test
    void aNonMatchTakesNoRecordAwayFromALighterMatch() {
        List<ScoredPair> result = OneToOneConstraint.apply(List.of(
                pair("a1", "b1", 20, MatchClass.NON_MATCH),
                pair("a1", "b2", 12, MatchClass.MATCH)));

        assertThat(result).extracting(ScoredPair::matchClass).containsExactly(MatchClass.NON_MATCH, MatchClass.MATCH);
    }
}
