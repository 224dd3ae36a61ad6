package io.journeymap.scoring.internal.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The feature function alone, without an engine. */
class SentimentFeaturesTest {

    private static final LexiconSentiment LEXICON = LexiconSentiment.of(Map.of("good", 1.9, "bad", -2.5, "love", 3.2));
    private final SentimentFeatures features = new SentimentFeatures(LEXICON);

    @Test
    void everyTextGivesAVectorOfTheSameFixedLength() {
        assertThat(features.features("")).hasSize(SentimentFeatures.LENGTH);
        assertThat(features.features("good")).hasSize(SentimentFeatures.LENGTH);
        assertThat(features.features("a much longer text about the good, the bad and everything else ".repeat(20)))
                .hasSize(SentimentFeatures.LENGTH);
        assertThat(SentimentFeatures.LENGTH).isEqualTo(SentimentFeatures.DENSE + (1 << SentimentFeatures.HASH_BITS));
    }

    @Test
    void theSameTextGivesTheSameVectorFromAnotherInstance() {
        String text = "I do NOT love this, but the staff were good!!";
        assertThat(new SentimentFeatures(LEXICON).features(text)).containsExactly(features.features(text));
    }

    @Test
    void theHashIsPinnedSoASavedModelReadsTheSameBuckets() {
        // changing these means a new feature schema: SentimentFeatures.SCHEMA must change with them
        assertThat(SentimentFeatures.hash('a', 'u', "good", null)).isEqualTo(0x26a254fa9424ae82L);
        assertThat(SentimentFeatures.fold(SentimentFeatures.hash('a', 'u', "good", null))).isEqualTo(17426);
        assertThat(SentimentFeatures.fold(SentimentFeatures.hash('s', 'b', "not", "good"))).isEqualTo(17841);
        assertThat(SentimentFeatures.SCHEMA).isEqualTo("sentiment-features/1");
    }

    @Test
    void theDenseSignalsComeFromTheLexiconScorer() {
        float[] v = features.features("the food is good but the service is BAD!");
        LexiconSentiment.Scores s = LEXICON.score("the food is good but the service is BAD!");
        assertThat(v[0]).isCloseTo((float) s.compound(), within(1e-6f));
        assertThat(v[1]).isCloseTo((float) s.positive(), within(1e-6f));
        assertThat(v[2]).isCloseTo((float) s.negative(), within(1e-6f));
        assertThat(v[3]).isCloseTo((float) s.neutral(), within(1e-6f));
        assertThat(v[9]).isCloseTo(1f / 9, within(1e-6f)); // one of nine tokens in capitals
        assertThat(v[10]).isEqualTo(0.25f); // one exclamation mark of four counted
        assertThat(v[12]).isEqualTo(1f); // "but"
        assertThat(v[13]).isZero(); // rated words occur
        assertThat(SentimentFeatures.compound(v, 0)).isEqualTo(v[0]);
    }

    @Test
    void aTextWithoutRatedWordsHasOnlyItsNoEvidenceLengthAndNgramSignals() {
        float[] v = features.features("the food arrived");
        assertThat(v[0]).isZero();
        assertThat(v[13]).isEqualTo(1f);
        assertThat(v[14]).isPositive();
    }

    @Test
    void eachNgramFamilyHasUnitLengthOrHalf() {
        // "food arrived": no sentiment word, so only the all-n-grams family: 2 unigrams + 1 bigram
        float[] v = features.features("food arrived");
        double squares = 0;
        for (int i = SentimentFeatures.DENSE; i < v.length; i++) {
            squares += v[i] * v[i];
        }
        assertThat(Math.sqrt(squares)).isCloseTo(0.5, within(1e-6));
        assertThat(hashedNonZero(v)).isEqualTo(3);
    }

    @Test
    void aRepeatedWordCountsOnce() {
        assertThat(hashed(features.features("good good good"))).isNotEqualTo(hashed(features.features("good")));
        // "good good good" has the distinct n-grams "good" and "good good": as many as "good good"
        assertThat(hashed(features.features("good good good"))).containsExactly(hashed(features.features("good good")));
    }

    @Test
    void aWordAfterANegationIsHashedDifferently() {
        assertThat(hashed(features.features("it was not really good")))
                .isNotEqualTo(hashed(features.features("it was really not good")));
    }

    @Test
    void theSparseFormHoldsTheSameValuesWithAscendingDistinctIndices() {
        String text = "Good food, bad service, and I love the view :)";
        SentimentFeatures.Sparse s = features.sparse(text);
        float[] dense = new float[SentimentFeatures.LENGTH];
        for (int k = 0; k < s.indices().length; k++) {
            if (k > 0) {
                assertThat(s.indices()[k]).isGreaterThan(s.indices()[k - 1]);
            }
            dense[s.indices()[k]] = s.values()[k];
        }
        assertThat(dense).containsExactly(features.features(text));
    }

    @Test
    void aBatchIsWrittenTextAfterText() {
        float[] batch = new float[2 * SentimentFeatures.LENGTH];
        features.write("good", batch, 0);
        features.write("bad", batch, SentimentFeatures.LENGTH);
        assertThat(Arrays.copyOfRange(batch, 0, SentimentFeatures.LENGTH)).containsExactly(features.features("good"));
        assertThat(Arrays.copyOfRange(batch, SentimentFeatures.LENGTH, batch.length))
                .containsExactly(features.features("bad"));
    }

    private static float[] hashed(float[] v) {
        return Arrays.copyOfRange(v, SentimentFeatures.DENSE, v.length);
    }

    private static long hashedNonZero(float[] v) {
        long n = 0;
        for (int i = SentimentFeatures.DENSE; i < v.length; i++) {
            if (v[i] != 0) {
                n++;
            }
        }
        return n;
    }
}
