package io.journeymap.identity.internal.matching;

import static io.journeymap.identity.internal.matching.BlockingKeys.compose;
import static io.journeymap.identity.internal.matching.BlockingKeys.digits;
import static io.journeymap.identity.internal.matching.BlockingKeys.prefix;
import static io.journeymap.identity.internal.matching.BlockingKeys.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockerTest {

    private static MatchRecord person(String id, String surname, String postcode, String dob) {
        Map<String, String> fields = new java.util.HashMap<>();
        if (surname != null) {
            fields.put("surname", surname);
        }
        if (postcode != null) {
            fields.put("postcode", postcode);
        }
        if (dob != null) {
            fields.put("date_of_birth", dob);
        }
        return new MatchRecord(id, fields);
    }

    private static Set<String> pairs(CandidatePairs candidates, List<MatchRecord> left, List<MatchRecord> right) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            pairs.add(left.get(candidates.left(i)).id() + "~" + right.get(candidates.right(i)).id());
        }
        return pairs;
    }

    private final Blocker surnamePostcodeOrBirth = new Blocker(List.of(
            new BlockingPass("surname+postcode", compose(prefix("surname", 3), digits("postcode"))),
            new BlockingPass("dob", digits("date_of_birth"))));

    @Test
    void thePairsAreTheUnionOfThePassesEachPairOnce() {
        List<MatchRecord> left = List.of(
                person("a1", "Neumann", "4223", "19151111"),
                person("a2", "Painter", "4560", "19161214"),
                person("a3", "Smith", "2000", "19700101"));
        List<MatchRecord> right = List.of(
                person("b1", "neumann", "4223", "19151111"), // both passes
                person("b2", "Paynter", "4560", "19161214"), // birth only: the surname prefix differs
                person("b3", "Smithers", "2000", "19800101"), // surname prefix and postcode only
                person("b4", "Jones", "9999", "19990101")); // neither

        CandidatePairs candidates = surnamePostcodeOrBirth.link(left, right);

        assertThat(pairs(candidates, left, right)).containsExactlyInAnyOrder("a1~b1", "a2~b2", "a3~b3");
        assertThat(candidates.size()).isEqualTo(3);
        assertThat(candidates.pairsPerPass()).containsEntry("surname+postcode", 2L).containsEntry("dob", 2L);
    }

    @Test
    void aRecordMissingAKeyFieldTakesNoPartInThatPass() {
        List<MatchRecord> left = List.of(person("a1", null, "4223", null));
        List<MatchRecord> right = List.of(person("b1", null, "4223", null));

        assertThat(surnamePostcodeOrBirth.link(left, right).size()).isZero();
    }

    @Test
    void deduplicationPairsEachUnorderedPairOnceAndNoRecordWithItself() {
        List<MatchRecord> records = List.of(
                person("r0", "neumann", "4223", "19151111"),
                person("r1", "neumann", "4223", "19151111"),
                person("r2", "neumann", "4223", "20000101"));

        CandidatePairs candidates = surnamePostcodeOrBirth.deduplicate(records);

        assertThat(pairs(candidates, records, records)).containsExactlyInAnyOrder("r0~r1", "r0~r2", "r1~r2");
    }

    @Test
    void aBlockOverThePairCapIsSkippedAndCounted() {
        Blocker byState = new Blocker(List.of(
                new BlockingPass("state", text("state")),
                new BlockingPass("dob", digits("date_of_birth"))), 100);
        List<MatchRecord> left = new ArrayList<>();
        List<MatchRecord> right = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            left.add(new MatchRecord("a" + i, Map.of("state", "nsw", "date_of_birth", "1970010" + (i % 10))));
            right.add(new MatchRecord("b" + i, Map.of("state", "nsw", "date_of_birth", "1980010" + (i % 10))));
        }
        right.set(0, new MatchRecord("b0", Map.of("state", "nsw", "date_of_birth", "19700101")));

        CandidatePairs candidates = byState.link(left, right);

        // 20 x 20 = 400 pairs from "nsw" would exceed the cap; only the birth-date block (a1, a11 ~ b0) remains.
        assertThat(candidates.skippedBlocks()).isEqualTo(1);
        assertThat(pairs(candidates, left, right)).containsExactlyInAnyOrder("a1~b0", "a11~b0");
    }

    @Test
    void onALargerSampleThePassesFindThePlantedDuplicatesWithoutComparingAllPairs() {
        Random random = new Random(11);
        List<MatchRecord> left = SyntheticPeople.people(20_000, "p", random);
        List<MatchRecord> right = new ArrayList<>();
        for (int i = 0; i < left.size(); i += 10) {
            right.add(SyntheticPeople.corruptedCopy(left.get(i), random));
        }
        right.addAll(SyntheticPeople.people(18_000, "q", random));

        CandidatePairs candidates = new Blocker(PersonMatching.blockingPasses()).link(left, right);

        long allPairs = (long) left.size() * right.size();
        assertThat((long) candidates.size()).isLessThan(allPairs / 1000);
        Set<String> found = pairs(candidates, left, right);
        long planted = right.stream().filter(r -> r.id().endsWith("-copy"))
                .filter(r -> found.contains(r.id().replace("-copy", "") + "~" + r.id())).count();
        assertThat(planted).isEqualTo(2_000);
    }
}
