package io.journeymap.identity.internal.matching;

/**
 * Says how well one field of two records agrees, as a discrete level: {@code 0} is the strongest
 * agreement and {@code levelCount() - 1} is "different". Discrete levels, rather than a raw
 * similarity, are what the Fellegi-Sunter model needs: each level gets its own m and u
 * probability, estimated from the data.
 *
 * <p>{@link #MISSING} is returned when either value is absent: a missing value is evidence of
 * nothing, so it must contribute no weight either way.
 *
 * <p>Values are normalised once per record ({@link #normalise}) and compared many times
 * ({@link #compare}); the split keeps the per-pair work small. Implementations are immutable and
 * thread-safe.
 */
public interface FieldComparator {

    /** The level of a comparison in which either value is missing. */
    int MISSING = -1;

    /** Number of levels, missing excluded; at most {@link AgreementPattern#MAX_LEVELS}. */
    int levelCount();

    /** A short human-readable name of a level, e.g. {@code "exact"} or {@code "jw>=0.92"}. */
    String levelName(int level);

    /** The canonical form that {@link #compare} expects, or {@code null} when the value says nothing. */
    String normalise(String raw);

    /**
     * The agreement level of two normalised values: {@link #MISSING} if either is {@code null}, 0
     * when they are equal, else what {@link #compareDifferent} says.
     */
    default int compare(String left, String right) {
        if (left == null || right == null) {
            return MISSING;
        }
        return left.equals(right) ? 0 : compareDifferent(left, right);
    }

    /** The agreement level, from 1, of two present values that are not equal. */
    int compareDifferent(String left, String right);
}
