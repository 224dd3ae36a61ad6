package io.journeymap.scoring.internal.sentiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well sentiment scores agree with human ratings, measured as the VADER paper and the datasets'
 * README do: Pearson's r between score and valence, and the support-weighted F1 over three classes,
 * positive above 0.05, negative below -0.05, neutral from -0.05 to 0.05 inclusive, applied alike to
 * the score and to the valence. (The strict bounds are those that reproduce the README's reference
 * figures: a valence of exactly 0.05, a mean rating of 0.2, is neutral.)
 */
public final class SentimentEvaluation {

    /** The class boundary on both scores and valences. */
    public static final double NEUTRAL_BAND = 0.05;

    private SentimentEvaluation() {
    }

    /**
     * @param predicted scores in [-1, 1]
     * @param texts     the texts they score, with their valences, in the same order
     * @return Pearson r and weighted F1
     */
    public static Metrics evaluate(List<Double> predicted, List<LabelledText> texts) {
        if (predicted.size() != texts.size()) {
            throw new IllegalArgumentException(predicted.size() + " scores for " + texts.size() + " texts");
        }
        double[] p = new double[predicted.size()];
        double[] v = new double[texts.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = predicted.get(i);
            v[i] = texts.get(i).valence();
        }
        return evaluate(p, v);
    }

    /**
     * @param predicted scores in [-1, 1]
     * @param valences  the human valences, in the same order
     * @return Pearson r and weighted F1
     */
    public static Metrics evaluate(double[] predicted, double[] valences) {
        return new Metrics(pearson(predicted, valences), weightedF1(predicted, valences), predicted.length);
    }

    /**
     * @param x one series
     * @param y another of the same length, at least two values
     * @return their Pearson correlation; 0 when either is constant
     */
    public static double pearson(double[] x, double[] y) {
        checkLengths(x, y);
        if (x.length < 2) {
            throw new IllegalArgumentException("a correlation needs at least two values");
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    /**
     * @param predicted scores
     * @param valences  true valences
     * @return the F1 of each of the three classes, weighted by how often it truly occurs; a class never
     *         predicted has F1 0
     */
    public static double weightedF1(double[] predicted, double[] valences) {
        checkLengths(predicted, valences);
        int[][] confusion = new int[3][3]; // [true][predicted]
        for (int i = 0; i < predicted.length; i++) {
            confusion[classOf(valences[i])][classOf(predicted[i])]++;
        }
        double weighted = 0;
        for (int c = 0; c < 3; c++) {
            int truePositives = confusion[c][c];
            int support = confusion[c][0] + confusion[c][1] + confusion[c][2];
            int predictedAs = confusion[0][c] + confusion[1][c] + confusion[2][c];
            double f1 = truePositives == 0 ? 0 : 2.0 * truePositives / (support + predictedAs);
            weighted += f1 * support;
        }
        return predicted.length == 0 ? 0 : weighted / predicted.length;
    }

    /**
     * @param score a score or valence
     * @return 0 negative, 1 neutral, 2 positive
     */
    static int classOf(double score) {
        return score > NEUTRAL_BAND ? 2 : score < -NEUTRAL_BAND ? 0 : 1;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static void checkLengths(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series of different lengths: " + x.length + " and " + y.length);
        }
    }

    /**
     * Held-out figures of one scorer on one corpus.
     *
     * @param pearson Pearson r between score and valence
     * @param f1      three-class weighted F1
     * @param count   how many texts were scored
     */
    public record Metrics(double pearson, double f1, int count) {

        /** @return the figures by the names the model registry keeps ({@code pearson}, {@code f1}) */
        public Map<String, Double> asMap() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("pearson", pearson);
            m.put("f1", f1);
            m.put("count", (double) count);
            return m;
        }
    }
}
