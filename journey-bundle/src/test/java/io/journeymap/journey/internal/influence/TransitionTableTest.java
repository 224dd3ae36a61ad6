package io.journeymap.journey.internal.influence;

import static io.journeymap.journey.internal.influence.JourneyStates.CONVERSION;
import static io.journeymap.journey.internal.influence.JourneyStates.NULL;
import static io.journeymap.journey.internal.influence.JourneyStates.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionTableTest {

    @Test
    void historyKeepsTheNewestKNamesAfterStart() {
        TransitionTable table = TransitionTable.fromPaths(2, List.of(JourneyPath.of(List.of("a", "b"), true)));

        assertThat(table).extracting(TransitionTable.Transition::history, TransitionTable.Transition::next)
                .containsExactly(
                        tuple(List.of(START), "a"),
                        tuple(List.of(START, "a"), "b"),
                        tuple(List.of("a", "b"), CONVERSION));
    }

    @Test
    void orderOneHistoriesAreTheLastName() {
        TransitionTable table = TransitionTable.fromPaths(1, List.of(JourneyPath.of(List.of("a", "b"), false)));

        assertThat(table.histories()).containsExactly(List.of(START), List.of("a"), List.of("b"));
        assertThat(table.probability(List.of("b"), NULL)).isEqualTo(1.0);
    }

    @Test
    void pathCountWeighsEveryTransition() {
        TransitionTable table = TransitionTable.fromPaths(1, List.of(
                new JourneyPath(List.of("a"), true, 3),
                new JourneyPath(List.of("a"), false, 1)));

        assertThat(table.total(List.of("a"))).isEqualTo(4);
        assertThat(table.probability(List.of("a"), CONVERSION)).isEqualTo(0.75);
        assertThat(table.row(List.of(START))).containsEntry("a", 4L);
    }

    @Test
    void consecutiveRepeatsStayAsSelfTransitions() {
        TransitionTable table = TransitionTable.fromPaths(1, List.of(JourneyPath.of(List.of("a", "a"), true)));

        assertThat(table.row(List.of("a"))).containsEntry("a", 1L).containsEntry(CONVERSION, 1L);
    }

    @Test
    void emptyPathGoesStraightFromStartToItsEnd() {
        TransitionTable table = TransitionTable.fromPaths(3, List.of(JourneyPath.of(List.of(), true)));

        assertThat(table.row(List.of(START))).containsExactly(entry(CONVERSION, 1L));
    }

    @Test
    void mergeSumsTheCounts() {
        TransitionTable one = TransitionTable.fromPaths(2, List.of(JourneyPath.of(List.of("a"), true)));
        TransitionTable two = TransitionTable.fromPaths(2, List.of(JourneyPath.of(List.of("a"), false)));
        two.add(List.of("x", "a"), "b", 5);

        one.merge(two);

        assertThat(one.total(List.of(START, "a"))).isEqualTo(2);
        assertThat(one.probability(List.of(START, "a"), CONVERSION)).isEqualTo(0.5);
        assertThat(one.row(List.of("x", "a"))).containsEntry("b", 5L);
    }

    @Test
    void mergeRefusesATableOfAnotherOrder() {
        assertThatThrownBy(() -> new TransitionTable(1).merge(new TransitionTable(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order 2");
    }

    @Test
    void unseenHistoryHasNoTransitions() {
        TransitionTable table = new TransitionTable(1);

        assertThat(table.total(List.of("a"))).isZero();
        assertThat(table.probability(List.of("a"), CONVERSION)).isZero();
        assertThat(table.row(List.of("a"))).isEmpty();
    }

    @Test
    void addRefusesHistoriesThatNoWalkCanBeIn() {
        TransitionTable table = new TransitionTable(2);

        assertThatThrownBy(() -> table.add(List.of("a", "b", "c"), "d", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.add(List.of("a"), "d", 1)).hasMessageContaining("must begin with");
        assertThatThrownBy(() -> table.add(List.of("a", START), "d", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.add(List.of(START), START, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.add(List.of(START), "a", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pathRefusesReservedNames() {
        assertThatThrownBy(() -> JourneyPath.of(List.of("a", CONVERSION), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(CONVERSION);
    }

    @Test
    void advanceKeepsTheWindow() {
        assertThat(TransitionTable.advance(List.of(START, "a"), "b", 3)).containsExactly(START, "a", "b");
        assertThat(TransitionTable.advance(List.of(START, "a", "b"), "c", 3)).containsExactly("a", "b", "c");
        assertThat(TransitionTable.advance(List.of(START), "a", 1)).containsExactly("a");
    }
}
