package io.journeymap.identity.internal.matching;

/**
 * Packs the agreement levels of all compared fields of one pair into a {@code long}, four bits a
 * field ({@code 0} for missing, {@code level + 1} otherwise). A primitive key makes aggregating tens
 * of thousands of pairs into distinct patterns cheap, which is what keeps EM fast.
 */
public final class AgreementPattern {

    /** Fields that fit in one pattern. */
    public static final int MAX_FIELDS = 16;
    /** Levels a field may have, missing excluded. */
    public static final int MAX_LEVELS = 15;

    private static final int BITS = 4;
    private static final long MASK = (1L << BITS) - 1;

    private AgreementPattern() {
    }

    /** Packs levels ({@link FieldComparator#MISSING} allowed) into a pattern. */
    public static long encode(int[] levels) {
        if (levels.length > MAX_FIELDS) {
            throw new IllegalArgumentException("at most " + MAX_FIELDS + " fields, got " + levels.length);
        }
        long pattern = 0;
        for (int f = 0; f < levels.length; f++) {
            pattern = with(pattern, f, levels[f]);
        }
        return pattern;
    }

    /** The pattern with field {@code field} set to {@code level}. */
    public static long with(long pattern, int field, int level) {
        if (level < FieldComparator.MISSING || level >= MAX_LEVELS) {
            throw new IllegalArgumentException("level " + level + " out of range for field " + field);
        }
        int shift = field * BITS;
        return (pattern & ~(MASK << shift)) | ((long) (level + 1) << shift);
    }

    /** The level of one field, {@link FieldComparator#MISSING} when it was missing. */
    public static int level(long pattern, int field) {
        return (int) ((pattern >>> (field * BITS)) & MASK) - 1;
    }
}
