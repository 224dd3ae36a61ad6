package io.journeymap.scoring.internal.sentiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns a text into the fixed-length feature vector the sentiment model reads, schema
 * {@value #SCHEMA}: {@value #DENSE} dense signals from {@link LexiconSentiment}, then
 * {@code 2^}{@value #HASH_BITS} buckets of hashed word n-grams. Pure and thread-safe: the same text gives the
 * same vector in every JVM (the hash is our own, not {@link String#hashCode}).
 *
 * <p>Dense part, by index:
 * <ol start="0">
 *   <li>compound score, [-1, 1]</li>
 *   <li>positive share, [0, 1]</li>
 *   <li>negative share, [0, 1]</li>
 *   <li>neutral share, [0, 1]</li>
 *   <li>sum of valences / 10, clipped to [-1, 1] (the compound saturates; this does not as early)</li>
 *   <li>share of tokens that ended positive</li>
 *   <li>share of tokens that ended negative</li>
 *   <li>negations that flipped a valence, up to 2, / 2</li>
 *   <li>boosters or dampeners that changed a valence, up to 2, / 2</li>
 *   <li>share of tokens in capitals</li>
 *   <li>exclamation marks, up to 4, / 4</li>
 *   <li>question marks, up to 4, / 4</li>
 *   <li>1 when "but" shifted the weight, else 0</li>
 *   <li>1 when no rated word occurs, else 0</li>
 *   <li>log(1 + tokens) / log(100), the length</li>
 *   <li>compound * |compound|, so a linear model can bend the squashed score</li>
 * </ol>
 *
 * <p>Hashed part: the lexicon's tokens, lower-cased, in two families that share the buckets.
 * <ul>
 *   <li>Sentiment n-grams: unigrams of sentiment words (rated by the lexicon, or negations,
 *       boosters, dampeners), bigrams with at least one, and every word within three tokens after a
 *       negation, hashed as negated. They carry what transfers between domains: how people use the
 *       rated words and their modifiers.</li>
 *   <li>All n-grams: every unigram, bigram and negated unigram, at half the weight, so a model
 *       trusts topical words (which rarely carry over to another domain) less.</li>
 * </ul>
 * Each family counts a distinct n-gram once and is scaled to unit length (the second to one half), so
 * long texts weigh no more than short ones.
 */
public final class SentimentFeatures {

    /** The schema this class writes; a saved model names the schema it was trained on. */
    public static final String SCHEMA = "sentiment-features/1";
    /** How many dense signals come first. */
    public static final int DENSE = 16;
    /** log2 of the hashed buckets. */
    public static final int HASH_BITS = 15;
    /** The vector's length. */
    public static final int LENGTH = DENSE + (1 << HASH_BITS);

    private static final int NEGATION_SCOPE = 3;
    private static final float ALL_NGRAMS_WEIGHT = 0.5f;

    private final LexiconSentiment lexicon;

    /** @param lexicon the scorer whose signals and tokens the features use */
    public SentimentFeatures(LexiconSentiment lexicon) {
        this.lexicon = lexicon;
    }

    /** @return the lexicon scorer the features read */
    public LexiconSentiment lexicon() {
        return lexicon;
    }

    /**
     * @param features a feature vector, or a batch of them
     * @param offset   where the text's vector starts
     * @return the lexicon's compound score the vector holds
     */
    public static float compound(float[] features, int offset) {
        return features[offset];
    }

    /**
     * @param text any text
     * @return its features, {@link #LENGTH} values
     */
    public float[] features(String text) {
        float[] v = new float[LENGTH];
        write(text, v, 0);
        return v;
    }

    /**
     * Writes a text's features into a slice of a larger array, as a batch is built.
     *
     * @param text   any text
     * @param into   the array; its slice must be zero
     * @param offset where the {@link #LENGTH} values start
     */
    public void write(String text, float[] into, int offset) {
        Sparse s = sparse(text);
        for (int k = 0; k < s.indices().length; k++) {
            into[offset + s.indices()[k]] = s.values()[k];
        }
    }

    /**
     * @param text any text
     * @return its features as (index, value) pairs, indices ascending and distinct: the dense part
     *         in full, the hashed part only where non-zero
     */
    public Sparse sparse(String text) {
        List<String> tokens = LexiconSentiment.tokens(text);
        float[] dense = dense(lexicon.score(text));
        String[] lower = new String[tokens.size()];
        boolean[] sentimentWord = new boolean[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).toLowerCase(Locale.ROOT);
            sentimentWord[i] = lexicon.isSentimentWord(tokens.get(i));
        }
        long[] sentimentGrams = distinct(ngrams(lower, sentimentWord, true));
        long[] allGrams = distinct(ngrams(lower, sentimentWord, false));
        // (bucket, value) pairs of both families, sorted by bucket so colliding n-grams add up
        int pairs = sentimentGrams.length + allGrams.length;
        long[] keyed = new long[pairs];
        float[] pairValues = new float[pairs];
        int p = 0;
        p = addFamily(sentimentGrams, 1f, keyed, pairValues, p);
        addFamily(allGrams, ALL_NGRAMS_WEIGHT, keyed, pairValues, p);
        Arrays.sort(keyed);
        int[] indices = new int[DENSE + pairs];
        float[] values = new float[DENSE + pairs];
        for (int d = 0; d < DENSE; d++) {
            indices[d] = d;
            values[d] = dense[d];
        }
        int at = DENSE;
        for (int k = 0; k < pairs; k++) {
            int bucket = (int) (keyed[k] >>> 32);
            float v = pairValues[(int) keyed[k]];
            if (at > DENSE && indices[at - 1] == DENSE + bucket) {
                values[at - 1] += v;
            } else {
                indices[at] = DENSE + bucket;
                values[at++] = v;
            }
        }
        return new Sparse(Arrays.copyOf(indices, at), Arrays.copyOf(values, at));
    }

    private static long[] distinct(long[] hashes) {
        return Arrays.stream(hashes).distinct().toArray();
    }

    /**
     * Appends one family's distinct n-grams as (bucket, position) keys, each worth
     * {@code weight / sqrt(n-grams)}, so the family has length {@code weight}.
     */
    private static int addFamily(long[] grams, float weight, long[] keyed, float[] values, int from) {
        float unit = grams.length == 0 ? 0 : (float) (weight / Math.sqrt(grams.length));
        int p = from;
        for (long h : grams) {
            keyed[p] = ((long) fold(h) << 32) | p;
            values[p++] = unit;
        }
        return p;
    }

    /**
     * @param lower         the lower-cased tokens
     * @param sentimentWord which of them are sentiment words
     * @param sentimentOnly whether only n-grams with a sentiment word count (the first family)
     * @return one 64-bit hash per n-gram occurrence, repeats kept
     */
    private static long[] ngrams(String[] lower, boolean[] sentimentWord, boolean sentimentOnly) {
        int n = lower.length;
        char family = sentimentOnly ? 's' : 'a';
        long[] out = new long[3 * n];
        int k = 0;
        int negatedUntil = -1;
        for (int i = 0; i < n; i++) {
            if (!sentimentOnly || sentimentWord[i]) {
                out[k++] = hash(family, 'u', lower[i], null);
            }
            if (i > 0 && (!sentimentOnly || sentimentWord[i] || sentimentWord[i - 1])) {
                out[k++] = hash(family, 'b', lower[i - 1], lower[i]);
            }
            if (i <= negatedUntil) {
                out[k++] = hash(family, 'n', lower[i], null);
            }
            if (LexiconSentiment.isNegation(lower[i])) {
                negatedUntil = i + NEGATION_SCOPE;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** 64-bit FNV-1a over the family and kind tags and the words. */
    static long hash(char family, char kind, String first, String second) {
        long h = 0xcbf29ce484222325L;
        h = mix(h, family);
        h = mix(h, kind);
        h = mix(h, first);
        if (second != null) {
            h = mix(h, '\u0001');
            h = mix(h, second);
        }
        return h;
    }

    /** A hash's bucket: FNV's low bits are weak on short keys, so the high ones are folded in. */
    static int fold(long h) {
        long x = h ^ (h >>> 29) ^ (h >>> 47);
        return (int) (x & ((1 << HASH_BITS) - 1));
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = mix(h, s.charAt(i));
        }
        return h;
    }

    private static long mix(long h, char c) {
        h ^= c & 0xff;
        h *= 0x100000001b3L;
        h ^= c >>> 8;
        h *= 0x100000001b3L;
        return h;
    }

    private static float[] dense(LexiconSentiment.Scores s) {
        int tokens = Math.max(1, s.tokens());
        float[] d = new float[DENSE];
        d[0] = (float) s.compound();
        d[1] = (float) s.positive();
        d[2] = (float) s.negative();
        d[3] = (float) s.neutral();
        d[4] = (float) Math.max(-1, Math.min(1, s.sum() / 10));
        d[5] = (float) s.positiveTokens() / tokens;
        d[6] = (float) s.negativeTokens() / tokens;
        d[7] = Math.min(s.negations(), 2) / 2f;
        d[8] = Math.min(s.boosters(), 2) / 2f;
        d[9] = (float) s.capsWords() / tokens;
        d[10] = Math.min(s.exclamations(), 4) / 4f;
        d[11] = Math.min(s.questions(), 4) / 4f;
        d[12] = s.hasBut() ? 1 : 0;
        d[13] = s.positiveTokens() + s.negativeTokens() == 0 ? 1 : 0;
        d[14] = (float) (Math.log1p(s.tokens()) / Math.log(100));
        d[15] = (float) (s.compound() * Math.abs(s.compound()));
        return d;
    }

    /**
     * A feature vector with its zeros left out.
     *
     * @param indices ascending, distinct positions in [0, {@link #LENGTH})
     * @param values  the values at those positions
     */
    public record Sparse(int[] indices, float[] values) {
    }
}
