package io.journeymap.identity.internal.matching;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Compares numbers and identifiers (street numbers, postcodes, national ids) on their digits with
 * Apache Commons Text's Levenshtein distance. Levels: {@code exact}, {@code 1 edit}, ...,
 * {@code maxEdits edits}, {@code different}. Keyed-in numbers go wrong by a digit, not by an
 * amount, so an edit distance says more than a numeric difference.
 */
public final class DigitsComparator implements FieldComparator {

    private final int maxEdits;
    private final LevenshteinDistance levenshtein;

    /** @param maxEdits edits that still count as a near miss, at least 1 */
    public DigitsComparator(int maxEdits) {
        if (maxEdits < 1 || maxEdits + 2 > AgreementPattern.MAX_LEVELS) {
            throw new IllegalArgumentException("maxEdits must be in [1, " + (AgreementPattern.MAX_LEVELS - 2) + "]");
        }
        this.maxEdits = maxEdits;
        // The threshold lets the distance stop early once it is known to exceed it.
        this.levenshtein = new LevenshteinDistance(maxEdits);
    }

    @Override
    public int levelCount() {
        return maxEdits + 2;
    }

    @Override
    public String levelName(int level) {
        if (level == 0) {
            return "exact";
        }
        return level <= maxEdits ? level + (level == 1 ? " edit" : " edits") : "different";
    }

    @Override
    public String normalise(String raw) {
        return Normalise.digits(raw);
    }

    @Override
    public int compareDifferent(String left, String right) {
        int distance = levenshtein.apply(left, right);
        return distance < 0 ? maxEdits + 1 : distance;
    }
}
