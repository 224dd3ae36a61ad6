package io.journeymap.identity.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FellegiSunterMatcherTest {

    /** 1,500 people; the other source has corrupted copies of 1,000 of them and 500 other people. */
    private static List<List<MatchRecord>> twoSources(long seed) {
        Random random = new Random(seed);
        List<MatchRecord> left = SyntheticPeople.people(1_500, "p", random);
        List<MatchRecord> right = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            right.add(SyntheticPeople.corruptedCopy(left.get(i), random));
        }
        right.addAll(SyntheticPeople.people(500, "q", random));
        return List.of(left, right);
    }

    private static boolean isTrue(ScoredPair pair) {
        return pair.right().id().equals(pair.left().id() + "-copy");
    }

    @Test
    void linksCorruptedCopiesUnsupervisedWithHighPrecisionAndRecall() {
        List<List<MatchRecord>> sources = twoSources(5);
        FellegiSunterMatcher matcher = PersonMatching.matcher("AU").optOneToOne(true).build();

        LinkageResult result = matcher.link(sources.get(0), sources.get(1));

        List<ScoredPair> matches = result.matches();
        long correct = matches.stream().filter(FellegiSunterMatcherTest::isTrue).count();
        assertThat((double) correct / matches.size()).as("precision").isGreaterThanOrEqualTo(0.99);
        assertThat(correct / 1_000.0).as("recall").isGreaterThanOrEqualTo(0.97);
        assertThat(result.em().converged()).isTrue();
    }

    @Test
    void oneToOneLeavesEveryRecordInAtMostOneMatch() {
        List<List<MatchRecord>> sources = twoSources(6);
        LinkageResult result = PersonMatching.matcher("AU").optOneToOne(true)
                // every candidate pair would be a match without the constraint
                .optThresholds(MatchThresholds.weights(-1_000, -1_000)).build()
                .link(sources.get(0), sources.get(1));

        List<ScoredPair> matches = result.matches();
        assertThat(result.pairs().size()).isGreaterThan(matches.size());
        assertThat(matches.stream().map(p -> p.left().id()).distinct().count()).isEqualTo(matches.size());
        assertThat(matches.stream().map(p -> p.right().id()).distinct().count()).isEqualTo(matches.size());
    }

    @Test
    void deduplicationFindsTheCopiesWithinOneSource() {
        Random random = new Random(8);
        List<MatchRecord> records = new ArrayList<>(SyntheticPeople.people(1_000, "p", random));
        for (int i = 0; i < 300; i++) {
            records.add(SyntheticPeople.corruptedCopy(records.get(i), random));
        }

        LinkageResult result = PersonMatching.matcher("AU").build().deduplicate(records);

        long correct = result.matches().stream()
                .filter(p -> p.right().id().equals(p.left().id() + "-copy") || p.left().id().equals(p.right().id() + "-copy"))
                .count();
        assertThat((double) correct / result.matches().size()).as("precision").isGreaterThanOrEqualTo(0.99);
        assertThat(correct / 300.0).as("recall").isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void aPairScoredWithAnEarlierModelGetsTheModelsWeight() {
        FellegiSunterMatcher matcher = PersonMatching.matcher("AU").build();
        LinkageResult result = matcher.link(twoSources(5).get(0), twoSources(5).get(1));
        MatchRecord a = new MatchRecord("a", Map.of(PersonMatching.SURNAME, "neumann", PersonMatching.SOC_SEC_ID, "5304218"));
        MatchRecord b = new MatchRecord("b", Map.of(PersonMatching.SURNAME, "Neumann", PersonMatching.SOC_SEC_ID, "5304218"));

        ScoredPair scored = matcher.score(result.model(), a, b);

        int surname = 1;
        int socSecId = 11;
        assertThat(scored.weight()).isEqualTo(result.model().fieldWeight(surname, 0) + result.model().fieldWeight(socSecId, 0));
    }
}
