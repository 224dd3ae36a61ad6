package io.journeymap.scoring.internal.sentiment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns a text into the fixed-length feature vector the sentiment model reads, schema
 * {@value #SCHEMA}: {@value #DENSE} dense signals from {@link LexiconSentiment}, then
 * {@code 2^}{@value #HASH_BITS} buckets of hashed word n-grams. Pure and thread-safe: the same text
 * gives the same vector in every JVM (the hash is our own, not {@link String#hashCode}).
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
 * <p>Hashed part: the lexicon's tokens, lower-cased, as unigrams and adjacent bigrams; a word within
 * three tokens after a negation is also hashed as a negated unigram. Each distinct n-gram counts once,
 * and the part is scaled to unit length so long texts weigh no more than short ones.
 */
public final class SentimentFeatures {

    /** The schema this class writes; a saved model names the schema it was trained on. */
    public static final String SCHEMA = "sentiment-features/1";
    /** How many dense signals come first. */
    public static final int DENSE = 16;
    /** log2 of the hashed buckets. */
    public static final int HASH_BITS = 14;
    /** The vector's length. */
    public static final int LENGTH = DENSE + (1 << HASH_BITS);

    private static final int NEGATION_SCOPE = 3;
    static final double HS = Double.parseDouble(System.getProperty("senti.hs", "1")); // XXX experiment knob

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
            into[offset + s.indices()[k]] += s.values()[k];
        }
    }

    /**
     * @param text any text
     * @return its features as (index, value) pairs, indices ascending and distinct: the dense part
     *         in full, the hashed part only where non-zero
     */
    public Sparse sparse(String text) {
        LexiconSentiment.Scores s = lexicon.score(text);
        float[] dense = dense(s);
        // distinct n-grams by their full 64-bit hash, then folded to buckets, where two may collide
        long[] ngrams = Arrays.stream(ngramHashes(LexiconSentiment.tokens(text))).distinct().toArray();
        int[] buckets = new int[ngrams.length];
        for (int k = 0; k < ngrams.length; k++) {
            buckets[k] = fold(ngrams[k]);
        }
        Arrays.sort(buckets);
        int distinct = 0;
        for (int k = 0; k < buckets.length; k++) {
            if (k == 0 || buckets[k] != buckets[k - 1]) {
                distinct++;
            }
        }
        int[] indices = new int[DENSE + distinct];
        float[] values = new float[DENSE + distinct];
        for (int d = 0; d < DENSE; d++) {
            indices[d] = d;
            values[d] = dense[d];
        }
        float unit = buckets.length == 0 ? 0 : (float) (HS / Math.sqrt(buckets.length)); // XXX experiment knob
        int at = DENSE - 1;
        for (int k = 0; k < buckets.length; k++) {
            if (k == 0 || buckets[k] != buckets[k - 1]) {
                at++;
                indices[at] = DENSE + buckets[k];
            }
            values[at] += unit; // two n-grams in one bucket add up
        }
        return new Sparse(indices, values);
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

    /** One 64-bit hash per n-gram occurrence (repeats kept; the caller merges them). */
    private static long[] ngramHashes(List<String> tokens) {
        int n = tokens.size();
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = tokens.get(i).toLowerCase(Locale.ROOT);
        }
        long[] out = new long[3 * n];
        int k = 0;
        int negatedUntil = -1;
        for (int i = 0; i < n; i++) {
            out[k++] = hash('u', lower[i], null);
            if (i > 0) {
                out[k++] = hash('b', lower[i - 1], lower[i]);
            }
            if (i <= negatedUntil) {
                out[k++] = hash('n', lower[i], null);
            }
            if (LexiconSentiment.isNegation(lower[i])) {
                negatedUntil = i + NEGATION_SCOPE;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** 64-bit FNV-1a over a kind tag and the words. */
    static long hash(char kind, String first, String second) {
        long h = 0xcbf29ce484222325L;
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

    /**
     * A feature vector with its zeros left out.
     *
     * @param indices ascending, distinct positions in [0, {@link #LENGTH})
     * @param values  the values at those positions
     */
    public record Sparse(int[] indices, float[] values) {
    }
}
