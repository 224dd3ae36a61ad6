package io.journeymap.scoring.internal.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The VADER rules on hand-written sentences over a small hand-made lexicon. */
class LexiconSentimentTest {

    private final LexiconSentiment lexicon = LexiconSentiment.of(Map.of(
            "good", 1.9, "great", 3.1, "bad", -2.5, "horrible", -2.5, "love", 3.2, ":)", 2.0, "no", -1.2,
            "kind", 2.4, ":D", 2.3));

    private double compound(String text) {
        return lexicon.compound(text);
    }

    @Test
    void aRatedWordGivesTheNormalisedValenceAndNoRatedWordGivesZero() {
        assertThat(compound("the food is good")).isCloseTo(1.9 / Math.sqrt(1.9 * 1.9 + 15), within(1e-12));
        assertThat(compound("the food is bad")).isNegative();
        assertThat(compound("the food arrived at noon")).isZero();
        assertThat(compound("")).isZero();
    }

    @Test
    void aNegatedPositiveWordScoresNegative() {
        assertThat(compound("the food is not good")).isNegative();
        assertThat(compound("the food isn't good")).isNegative();
        assertThat(compound("the food is not bad")).isPositive();
    }

    @Test
    void aNegationReachesThreeTokensBackButNotFour() {
        assertThat(compound("not the food good")).isNegative();
        assertThat(compound("not the food here good")).isPositive();
    }

    @Test
    void aNegatedValenceIsFlippedAndDamped() {
        double good = lexicon.score("the food is good").sum();
        assertThat(lexicon.score("the food is not good").sum()).isCloseTo(good * LexiconSentiment.NEGATION_FACTOR,
                within(1e-12));
        assertThat(lexicon.score("the food is not good").negations()).isEqualTo(1);
    }

    @Test
    void neverSoIntensifiesInsteadOfNegating() {
        assertThat(compound("never so good")).isGreaterThan(compound("so good"));
    }

    @Test
    void aBoosterStrengthensAndADampenerSoftensTheWordAfterIt() {
        assertThat(compound("the food is very good")).isGreaterThan(compound("the food is good"));
        assertThat(compound("the food is slightly good")).isLessThan(compound("the food is good")).isPositive();
        assertThat(compound("the food is very bad")).isLessThan(compound("the food is bad"));
        assertThat(lexicon.score("the food is very good").boosters()).isEqualTo(1);
    }

    @Test
    void aBoosterFurtherAwayWeighsLess() {
        double next = lexicon.score("very good").sum() - lexicon.score("good").sum();
        double twoBack = lexicon.score("very much good").sum() - lexicon.score("much good").sum();
        assertThat(next).isCloseTo(LexiconSentiment.BOOSTER_STEP, within(1e-12));
        assertThat(twoBack).isCloseTo(LexiconSentiment.BOOSTER_STEP * 0.95, within(1e-12));
    }

    @Test
    void kindOfIsADampenerNotKindness() {
        assertThat(compound("it was kind of good")).isLessThan(compound("it was good")).isPositive();
        assertThat(compound("it was kind of")).isZero();
        assertThat(compound("she is kind")).isPositive();
    }

    @Test
    void capitalsEmphasiseOnlyInATextThatMixesCase() {
        assertThat(compound("the food is GOOD")).isGreaterThan(compound("the food is good"));
        assertThat(compound("THE FOOD IS GOOD")).isEqualTo(compound("the food is good"));
        assertThat(lexicon.score("the food is GOOD").sum() - lexicon.score("the food is good").sum())
                .isCloseTo(LexiconSentiment.CAPS_STEP, within(1e-12));
    }

    @Test
    void butShiftsTheWeightToTheClauseAfterIt() {
        assertThat(compound("the food is good but the service is bad")).isNegative();
        assertThat(compound("the food is bad but the service is good")).isPositive();
        assertThat(lexicon.score("good but bad").sum()).isCloseTo(1.9 * 0.5 - 2.5 * 1.5, within(1e-12));
        assertThat(lexicon.score("good but bad").hasBut()).isTrue();
    }

    @Test
    void exclamationMarksAmplifyUpToFour() {
        assertThat(compound("the food is good!")).isGreaterThan(compound("the food is good"));
        assertThat(compound("the food is good!!!!")).isGreaterThan(compound("the food is good!!!"));
        assertThat(compound("the food is good!!!!!!")).isEqualTo(compound("the food is good!!!!"));
        assertThat(compound("the food is bad!!")).isLessThan(compound("the food is bad"));
        assertThat(compound("the food arrived!!!")).isZero();
    }

    @Test
    void questionMarksAmplifyFromTwoOn() {
        assertThat(compound("is the food good?")).isEqualTo(compound("is the food good"));
        assertThat(compound("is the food good??")).isGreaterThan(compound("is the food good"));
    }

    @Test
    void noNegatesTheRatedWordAfterItRatherThanScoringItself() {
        assertThat(compound("no good")).isNegative();
        assertThat(lexicon.score("no good").sum()).isCloseTo(1.9 * LexiconSentiment.NEGATION_FACTOR, within(1e-12));
        assertThat(compound("no")).isNegative();
    }

    @Test
    void theCompoundStaysWithinMinusOneAndOne() {
        assertThat(compound("GREAT GREAT GREAT GREAT love love love love good good good!!!!")).isLessThanOrEqualTo(1)
                .isGreaterThan(0.95);
        assertThat(LexiconSentiment.normalise(1e6)).isLessThanOrEqualTo(1);
        assertThat(LexiconSentiment.normalise(-1e6)).isGreaterThanOrEqualTo(-1);
    }

    @Test
    void theProportionsAddUpToOne() {
        LexiconSentiment.Scores s = lexicon.score("the food is good but the service is horrible!");
        assertThat(s.positive() + s.negative() + s.neutral()).isCloseTo(1, within(1e-12));
        assertThat(s.positive()).isPositive();
        assertThat(s.negative()).isGreaterThan(s.positive());
    }

    @Test
    void tokensLosePunctuationAtTheirEndsButEmoticonsSurvive() {
        assertThat(LexiconSentiment.tokens("  Good!  (really) :) :-( ok.")).containsExactly("Good", "really", ":)",
                ":-(", "ok.");
        assertThat(compound("lunch :)")).isPositive();
        assertThat(compound("lunch :D")).isPositive();
    }

    @Test
    void sentimentWordsAreRatedWordsNegationsAndModifiers() {
        assertThat(lexicon.isSentimentWord("Good")).isTrue();
        assertThat(lexicon.isSentimentWord("not")).isTrue();
        assertThat(lexicon.isSentimentWord("doesn't")).isTrue();
        assertThat(lexicon.isSentimentWord("very")).isTrue();
        assertThat(lexicon.isSentimentWord("food")).isFalse();
    }
}
