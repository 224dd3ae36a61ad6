package io.journeymap.scoring.internal.sentiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rule-based sentiment scorer of Hutto &amp; Gilbert, "VADER: A Parsimonious Rule-based Model for
 * Sentiment Analysis of Social Media Text" (ICWSM 2014), written from the paper's description of its
 * heuristics over the VADER lexicon: each token's mean valence, raised or lowered by a booster or
 * dampener up to three tokens before it, flipped and damped by a negation up to three tokens before it,
 * emphasised when written in capitals in a text that mixes case; the clause after the first "but"
 * weighs more than the one before; exclamation and question marks amplify the sum, which is squashed to
 * [-1, 1] by {@code x / sqrt(x^2 + 15)}. The sentiment-laden idioms of the reference implementation are
 * not modelled.
 *
 * <p>Immutable and thread-safe; the baseline the trained model is measured against, and the source of
 * its strongest features.
 */
public final class LexiconSentiment {

    /** How much a booster adds to (a dampener takes from) the valence it modifies. */
    static final double BOOSTER_STEP = 0.293;
    /** How much an ALL-CAPS word adds in a mixed-case text. */
    static final double CAPS_STEP = 0.733;
    /** A negated valence is flipped and damped: multiplied by this. */
    static final double NEGATION_FACTOR = -0.74;
    /** Squashing constant of the compound score: roughly the largest sum a text reaches. */
    static final double NORMALISATION_ALPHA = 15;

    private static final double BEFORE_BUT = 0.5;
    private static final double AFTER_BUT = 1.5;
    private static final double EXCLAMATION_STEP = 0.292;
    private static final int MAX_EXCLAMATIONS = 4;
    private static final double QUESTION_STEP = 0.18;
    private static final double MANY_QUESTIONS = 0.96;

    /** Words that intensify the sentiment word they precede (listed here, not in the lexicon). */
    private static final Set<String> BOOSTERS = Set.of(
            "absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply",
            "effing", "enormously", "entirely", "especially", "exceptionally", "extremely", "fabulously",
            "freaking", "frickin", "fricking", "friggin", "frigging", "fully", "fucking", "greatly", "hella",
            "highly", "hugely", "incredibly", "intensely", "majorly", "more", "most", "particularly",
            "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly", "totally",
            "tremendously", "uber", "unbelievably", "unusually", "utterly", "very", "fuckin", "freakin",
            "insanely", "exceedingly");

    /** Words that soften the sentiment word they precede. */
    private static final Set<String> DAMPENERS = Set.of(
            "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little", "marginally",
            "occasionally", "partly", "scarcely", "slightly", "somewhat", "sorta", "sortof", "sort-of",
            "mildly", "moderately", "fairly", "rather");

    /** Words that negate what follows; besides these, any word containing "n't". */
    private static final Set<String> NEGATIONS = Set.of(
            "not", "no", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor", "nope", "without",
            "cannot", "cant", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt",
            "couldnt", "shouldnt", "hasnt", "havent", "hadnt", "aint", "mightnt", "mustnt", "neednt",
            "shant", "oughtnt", "darent", "uhuh", "uh-uh", "rarely", "seldom", "despite");

    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final Map<String, Double> valences;

    private LexiconSentiment(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    /**
     * @param valences token to mean valence in [-4, 4]
     * @return a scorer over that lexicon
     */
    public static LexiconSentiment of(Map<String, Double> valences) {
        return new LexiconSentiment(valences);
    }

    /**
     * Reads the VADER lexicon: {@code token TAB mean valence TAB standard deviation TAB raw ratings}.
     * A token listed twice keeps its last line.
     *
     * @param lexiconFile {@code vader_lexicon.txt}
     * @return a scorer over it
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming the line when a valence is not a number
     */
    public static LexiconSentiment load(Path lexiconFile) throws IOException {
        Map<String, Double> valences = new HashMap<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(lexiconFile, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                throw new IllegalArgumentException(lexiconFile + ":" + lineNumber + ": expected token and valence");
            }
            try {
                valences.put(fields[0], Double.parseDouble(fields[1].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(lexiconFile + ":" + lineNumber + ": not a valence: " + fields[1], e);
            }
        }
        return new LexiconSentiment(valences);
    }

    /**
     * Writes the lexicon as {@code token TAB valence} lines, sorted, which {@link #load} reads back: a
     * saved model carries the lexicon its features were computed with.
     *
     * @param file where to write
     * @throws IOException when it cannot be written
     */
    public void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>(valences.size());
        new TreeMap<>(valences).forEach((token, valence) -> lines.add(token + "\t" + valence));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** @return how many tokens the lexicon rates */
    public int size() {
        return valences.size();
    }

    /**
     * @param text any text
     * @return its compound sentiment in [-1, 1]; 0 when no rated word occurs
     */
    public double compound(String text) {
        return score(text).compound();
    }

    /**
     * Splits on white space and strips punctuation from both ends of a token, unless that would leave
     * two characters or fewer: so {@code "good!"} becomes {@code good} while emoticons such as
     * {@code :)} or {@code :-(} survive. The case is kept (capitals are a signal).
     *
     * @param text any text
     * @return its tokens, in order
     */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(stripPunctuationOfWord(text.substring(start, i)));
            }
        }
        return tokens;
    }

    private static String stripPunctuationOfWord(String token) {
        int from = 0;
        int to = token.length();
        while (from < to && ASCII_PUNCTUATION.indexOf(token.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && ASCII_PUNCTUATION.indexOf(token.charAt(to - 1)) >= 0) {
            to--;
        }
        return to - from <= 2 ? token : token.substring(from, to);
    }

    /**
     * @param token a token
     * @return whether it has a cased letter and no lower-case one ("GREAT", "I", "A+")
     */
    static boolean isAllCaps(String token) {
        boolean cased = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            cased |= Character.isUpperCase(c) || Character.isTitleCase(c);
        }
        return cased;
    }

    /**
     * @param word a lower-cased token
     * @return whether it negates what follows
     */
    static boolean isNegation(String word) {
        return NEGATIONS.contains(word) || word.contains("n't");
    }

    /**
     * Scores one text.
     *
     * @param text any text
     * @return the compound score, the proportions and the rule signals the features use
     */
    public Scores score(String text) {
        List<String> tokens = tokens(text);
        int n = tokens.size();
        String[] lower = new String[n];
        int capsWords = 0;
        for (int i = 0; i < n; i++) {
            lower[i] = tokens.get(i).toLowerCase(Locale.ROOT);
            if (isAllCaps(tokens.get(i))) {
                capsWords++;
            }
        }
        // Capitals only emphasise when the writer could have written otherwise: a text in capitals
        // throughout shouts nothing in particular.
        boolean capsDiffer = capsWords > 0 && capsWords < n;

        Counts counts = new Counts();
        double[] sentiments = new double[n];
        for (int i = 0; i < n; i++) {
            sentiments[i] = tokenValence(tokens, lower, i, capsDiffer, counts);
        }
        int but = indexOf(lower, "but");
        if (but >= 0) {
            for (int i = 0; i < n; i++) {
                if (i < but) {
                    sentiments[i] *= BEFORE_BUT;
                } else if (i > but) {
                    sentiments[i] *= AFTER_BUT;
                }
            }
        }
        return summarise(text, sentiments, capsWords, but >= 0, counts);
    }

    /** The valence one token contributes, every rule about its neighbours applied. */
    private double tokenValence(List<String> tokens, String[] lower, int i, boolean capsDiffer, Counts counts) {
        String word = lower[i];
        int n = lower.length;
        // boosters are modifiers, not sentiment of their own; "kind of" is a dampener, not kindness
        if (BOOSTERS.contains(word) || DAMPENERS.contains(word)
                || (word.equals("kind") && i + 1 < n && lower[i + 1].equals("of"))) {
            return 0;
        }
        Double rated = lookUp(tokens.get(i), word);
        if (rated == null) {
            return 0;
        }
        double valence = rated;
        if (word.equals("no") && i + 1 < n && lookUp(tokens.get(i + 1), lower[i + 1]) != null) {
            valence = 0; // "no" as the negation of the next rated word, not as a word of its own
        }
        if ((i > 0 && lower[i - 1].equals("no")) || (i > 1 && lower[i - 2].equals("no"))
                || (i > 2 && lower[i - 3].equals("no") && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")))) {
            valence = rated * NEGATION_FACTOR;
            counts.negations++;
        }
        if (capsDiffer && isAllCaps(tokens.get(i))) {
            valence += valence > 0 ? CAPS_STEP : -CAPS_STEP;
        }
        for (int distance = 1; distance <= 3 && i - distance >= 0; distance++) {
            int j = i - distance;
            if (lookUp(tokens.get(j), lower[j]) != null) {
                continue; // a rated word before is sentiment of its own, not a modifier of this one
            }
            double step = modifierStep(tokens.get(j), lower, j, valence, capsDiffer);
            if (step != 0) {
                counts.boosters++;
                // the further the modifier, the weaker its effect
                valence += step * (distance == 1 ? 1 : distance == 2 ? 0.95 : 0.9);
            }
            valence = negate(valence, lower, i, distance, counts);
        }
        if (i > 0 && lower[i - 1].equals("least") && !(i > 1 && (lower[i - 2].equals("at") || lower[i - 2].equals("very")))) {
            valence *= NEGATION_FACTOR; // "the least helpful", but not "at least helpful"
            counts.negations++;
        }
        return valence;
    }

    /**
     * @param token a token as written
     * @return whether the lexicon rates it, or it negates, boosts or dampens
     */
    public boolean isSentimentWord(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return lookUp(token, lower) != null || isNegation(lower) || BOOSTERS.contains(lower) || DAMPENERS.contains(lower);
    }

    private Double lookUp(String token, String lowerToken) {
        Double v = valences.get(lowerToken);
        return v != null ? v : valences.get(token); // emoticons such as ":D" are listed in capitals
    }

    /** A booster's or dampener's push on the valence it modifies, in the valence's direction. */
    private static double modifierStep(String token, String[] lower, int j, double valence, boolean capsDiffer) {
        String word = lower[j];
        double step;
        if (BOOSTERS.contains(word)) {
            step = BOOSTER_STEP;
        } else if (DAMPENERS.contains(word)
                || (word.equals("of") && j > 0 && (lower[j - 1].equals("kind") || lower[j - 1].equals("sort")))) {
            step = -BOOSTER_STEP;
        } else {
            return 0;
        }
        if (valence < 0) {
            step = -step;
        }
        if (capsDiffer && isAllCaps(token)) {
            step += valence > 0 ? CAPS_STEP : -CAPS_STEP;
        }
        return step;
    }

    /** Negation {@code distance} tokens before the word at {@code i}; "never so good" intensifies instead. */
    private static double negate(double valence, String[] lower, int i, int distance, Counts counts) {
        int j = i - distance;
        if (distance >= 2) {
            boolean soOrThis = false;
            boolean doubt = false;
            for (int k = j + 1; k < i; k++) {
                soOrThis |= lower[k].equals("so") || lower[k].equals("this");
                doubt |= lower[k].equals("doubt");
            }
            if (lower[j].equals("never") && soOrThis) {
                return valence * 1.25;
            }
            if (lower[j].equals("without") && doubt) {
                return valence;
            }
        }
        if (isNegation(lower[j])) {
            counts.negations++;
            return valence * NEGATION_FACTOR;
        }
        return valence;
    }

    private static int indexOf(String[] words, String word) {
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(word)) {
                return i;
            }
        }
        return -1;
    }

    private static Scores summarise(String text, double[] sentiments, int capsWords, boolean hasBut, Counts counts) {
        int exclamations = count(text, '!');
        int questions = count(text, '?');
        double emphasis = Math.min(exclamations, MAX_EXCLAMATIONS) * EXCLAMATION_STEP;
        if (questions > 1) {
            emphasis += questions <= 3 ? questions * QUESTION_STEP : MANY_QUESTIONS;
        }
        double sum = 0;
        double positive = 0;
        double negative = 0;
        int neutral = 0;
        int positiveTokens = 0;
        int negativeTokens = 0;
        for (double s : sentiments) {
            sum += s;
            // each sentiment word counts one more than its valence, as a neutral word counts one
            if (s > 0) {
                positive += s + 1;
                positiveTokens++;
            } else if (s < 0) {
                negative += s - 1;
                negativeTokens++;
            } else {
                neutral++;
            }
        }
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        if (positive > -negative) {
            positive += emphasis;
        } else if (positive < -negative) {
            negative -= emphasis;
        }
        double total = positive - negative + neutral;
        double pos = total == 0 ? 0 : positive / total;
        double neg = total == 0 ? 0 : -negative / total;
        double neu = total == 0 ? 0 : neutral / total;
        return new Scores(normalise(sum), pos, neg, neu, sum, sentiments.length, positiveTokens, negativeTokens,
                counts.negations, counts.boosters, capsWords, exclamations, questions, hasBut);
    }

    /**
     * @param sum a sum of valences
     * @return {@code sum / sqrt(sum^2 + 15)}, within [-1, 1]
     */
    static double normalise(double sum) {
        double x = sum / Math.sqrt(sum * sum + NORMALISATION_ALPHA);
        return Math.max(-1, Math.min(1, x));
    }

    private static int count(String text, char c) {
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }

    private static final class Counts {
        int negations;
        int boosters;
    }

    /**
     * What the lexicon scorer found in one text.
     *
     * @param compound       the normalised sum, in [-1, 1]
     * @param positive       the positive share of the text's intensity, in [0, 1]
     * @param negative       the negative share, in [0, 1]
     * @param neutral        the share of unrated tokens, in [0, 1]
     * @param sum            the sum of valences with punctuation emphasis, before normalisation
     * @param tokens         how many tokens the text has
     * @param positiveTokens tokens that ended with a positive valence
     * @param negativeTokens tokens that ended with a negative valence
     * @param negations      how many times a negation flipped a valence
     * @param boosters       how many times a booster or dampener changed a valence
     * @param capsWords      tokens in capitals throughout
     * @param exclamations   exclamation marks in the text
     * @param questions      question marks in the text
     * @param hasBut         whether "but" shifted the weight to a later clause
     */
    public record Scores(double compound, double positive, double negative, double neutral, double sum, int tokens,
            int positiveTokens, int negativeTokens, int negations, int boosters, int capsWords, int exclamations,
            int questions, boolean hasBut) {
    }
}
