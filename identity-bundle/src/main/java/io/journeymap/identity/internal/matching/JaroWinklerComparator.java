package io.journeymap.identity.internal.matching;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Compares free text (names, streets, localities) with Apache Commons Text's Jaro-Winkler
 * similarity. Levels: {@code exact}, then one level per threshold (similarity at least that
 * value), then {@code different}. Jaro-Winkler suits short strings with typos and rewards a
 * common prefix, where people's names rarely go wrong.
 */
public final class JaroWinklerComparator implements FieldComparator {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final double[] thresholds;

    /**
     * @param thresholds similarity thresholds in strictly decreasing order, each in (0, 1), e.g.
     *                   {@code 0.92, 0.8}
     */
    public JaroWinklerComparator(double... thresholds) {
        if (thresholds.length == 0 || thresholds.length + 2 > AgreementPattern.MAX_LEVELS) {
            throw new IllegalArgumentException("between 1 and " + (AgreementPattern.MAX_LEVELS - 2) + " thresholds");
        }
        for (int i = 0; i < thresholds.length; i++) {
            if (!(thresholds[i] > 0 && thresholds[i] < 1) || (i > 0 && thresholds[i] >= thresholds[i - 1])) {
                throw new IllegalArgumentException("thresholds must be in (0, 1) and strictly decreasing: "
                        + Arrays.toString(thresholds));
            }
        }
        this.thresholds = thresholds.clone();
    }

    @Override
    public int levelCount() {
        return thresholds.length + 2;
    }

    @Override
    public String levelName(int level) {
        if (level == 0) {
            return "exact";
        }
        if (level <= thresholds.length) {
            return String.format(Locale.ROOT, "jw>=%.2f", thresholds[level - 1]);
        }
        return "different";
    }

    @Override
    public String normalise(String raw) {
        return Normalise.text(raw);
    }

    @Override
    public int compareDifferent(String left, String right) {
        double similarity = JARO_WINKLER.apply(left, right);
        for (int i = 0; i < thresholds.length; i++) {
            if (similarity >= thresholds[i]) {
                return i + 1;
            }
        }
        return thresholds.length + 1;
    }
}
