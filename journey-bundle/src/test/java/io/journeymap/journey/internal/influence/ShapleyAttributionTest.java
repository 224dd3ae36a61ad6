package io.journeymap.journey.internal.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ShapleyAttributionTest {

    private static final double EXACT = 1e-9;

    private final ShapleyAttribution exact = new ShapleyAttribution();

    private static CoalitionTally converted(long conversions) {
        return new CoalitionTally(conversions * 10, conversions);
    }

    private static double sum(Map<String, Double> values) {
        return values.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** v(S) = Σ conversions of coalitions ⊆ S is a sum of unanimity games: each coalition's conversions split evenly. */
    private static Map<String, Double> closedForm(Map<Set<String>, CoalitionTally> coalitions) {
        Map<String, Double> values = new TreeMap<>();
        coalitions.forEach((members, tally) -> members.forEach(member ->
                values.merge(member, members.isEmpty() ? 0 : tally.conversions() / (double) members.size(), Double::sum)));
        return values;
    }

    private static Map<Set<String>, CoalitionTally> randomGame(int channels, int coalitions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Set<String>, CoalitionTally> game = new HashMap<>();
        for (int c = 0; c < coalitions; c++) {
            Set<String> members = new HashSet<>();
            int mask = 1 + random.nextInt((1 << channels) - 1);
            for (int i = 0; i < channels; i++) {
                if ((mask & (1 << i)) != 0) {
                    members.add("ch" + i);
                }
            }
            long journeys = 1 + random.nextInt(1000);
            game.merge(members, new CoalitionTally(journeys, random.nextLong(journeys + 1)), CoalitionTally::plus);
        }
        return game;
    }

    @Test
    void threeChannelGameMatchesTheHandComputedValues() {
        Map<Set<String>, CoalitionTally> game = Map.of(
                Set.of("a"), converted(10),
                Set.of("a", "b"), converted(20),
                Set.of("b", "c"), converted(30),
                Set.of("a", "b", "c"), converted(6));

        ShapleyResult result = exact.values(game);

        // a: 10 + 20/2 + 6/3; b: 20/2 + 30/2 + 6/3; c: 30/2 + 6/3
        assertThat(result.exact()).isTrue();
        assertThat(result.values().get("a")).isCloseTo(22, within(EXACT));
        assertThat(result.values().get("b")).isCloseTo(27, within(EXACT));
        assertThat(result.values().get("c")).isCloseTo(17, within(EXACT));
        assertThat(result.shares().get("a")).isCloseTo(22 / 66.0, within(EXACT));
        assertThat(result.standardErrors()).containsOnlyKeys("a", "b", "c").allSatisfy((k, se) -> assertThat(se).isZero());
    }

    @Test
    void valuesSumToTheConversionsOfTheGrandCoalition() {
        Map<Set<String>, CoalitionTally> game = randomGame(8, 60, 1);
        double all = game.values().stream().mapToLong(CoalitionTally::conversions).sum();

        assertThat(sum(exact.values(game).values())).isCloseTo(all, within(1e-6));
    }

    @Test
    void symmetricChannelsGetEqualValues() {
        Map<Set<String>, CoalitionTally> game = Map.of(
                Set.of("a", "b"), converted(10),
                Set.of("a", "c"), converted(4),
                Set.of("b", "c"), converted(4),
                Set.of("c"), converted(7));

        Map<String, Double> values = exact.values(game).values();

        assertThat(values.get("a")).isCloseTo(values.get("b"), within(EXACT));
    }

    @Test
    void channelThatNeverAddsAConversionGetsNothing() {
        Map<Set<String>, CoalitionTally> game = Map.of(
                Set.of("a"), converted(10),
                Set.of("a", "idle"), new CoalitionTally(50, 0),
                Set.of("idle"), new CoalitionTally(70, 0));

        Map<String, Double> values = exact.values(game).values();

        assertThat(values).containsEntry("idle", 0.0);
        assertThat(values.get("a")).isCloseTo(10, within(EXACT));
    }

    @Test
    void conversionsWithoutAnyChannelAreNotAttributed() {
        Map<Set<String>, CoalitionTally> game = Map.of(Set.of(), converted(100), Set.of("a"), converted(1));

        assertThat(exact.values(game).values()).containsExactlyEntriesOf(Map.of("a", 1.0));
    }

    @Test
    void exactValuesAreTheSimplifiedClosedForm() {
        Map<Set<String>, CoalitionTally> game = randomGame(12, 300, 2);

        Map<String, Double> values = exact.values(game).values();

        closedForm(game).forEach((channel, expected) -> assertThat(values.get(channel)).isCloseTo(expected, within(1e-6)));
    }

    @Test
    void sampledValuesAgreeWithExactOnesWithinTheirStandardErrors() {
        Map<Set<String>, CoalitionTally> game = randomGame(10, 200, 3);
        ShapleyResult truth = exact.values(game);

        ShapleyResult sampled = new ShapleyAttribution(0, 20_000, 99).values(game);

        assertThat(sampled.exact()).isFalse();
        assertThat(sampled.values()).containsOnlyKeys(truth.values().keySet());
        sampled.values().forEach((channel, value) -> {
            double se = sampled.standardErrors().get(channel);
            assertThat(se).isPositive();
            assertThat(value).as(channel).isCloseTo(truth.values().get(channel), within(4.5 * se));
            assertThat(se).as("relative error of %s", channel).isLessThan(0.02 * truth.values().get(channel));
        });
        assertThat(sum(sampled.values())).isCloseTo(sum(truth.values()), within(1e-6));
    }

    @Test
    void samplingWithTheSameSeedRepeatsItself() {
        Map<Set<String>, CoalitionTally> game = randomGame(18, 100, 4);
        ShapleyAttribution sampling = new ShapleyAttribution(15, 500, 7);

        assertThat(sampling.values(game)).isEqualTo(sampling.values(game));
        assertThat(sampling.values(game).exact()).isFalse();
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new ShapleyAttribution(ShapleyAttribution.MAX_EXACT_LIMIT + 1, 100, 1))
                .hasMessageContaining("exactLimit");
        assertThatThrownBy(() -> new ShapleyAttribution(10, 1, 1)).hasMessageContaining("samples");
        assertThatThrownBy(() -> new CoalitionTally(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
