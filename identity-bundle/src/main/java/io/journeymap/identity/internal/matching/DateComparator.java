package io.journeymap.identity.internal.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Compares dates (of birth) written year first: {@code yyyyMMdd}, {@code yyyy-MM-dd} or
 * {@code yyyy/M/d}. Levels:
 * <ol start="0">
 *   <li>{@code exact};</li>
 *   <li>{@code typo-or-swap}: one digit keyed wrong (Levenshtein distance 1 on the digits) or day
 *       and month swapped, the two usual ways a date of birth is written down wrongly;</li>
 *   <li>{@code one-part-differs}: two of year, month and day agree;</li>
 *   <li>{@code different}.</li>
 * </ol>
 * A value that is not such a date is compared on its digits only (exact, one edit, different).
 */
public final class DateComparator implements FieldComparator {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\D+(\\d{1,2})\\D+(\\d{1,2})");
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final String[] NAMES = {"exact", "typo-or-swap", "one-part-differs", "different"};

    @Override
    public int levelCount() {
        return NAMES.length;
    }

    @Override
    public String levelName(int level) {
        return NAMES[level];
    }

    /** {@code yyyyMMdd} when the value reads as a year-first date, else its digits. */
    @Override
    public String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = Normalise.digits(raw);
        if (digits == null || digits.length() == raw.length()) {
            return digits;
        }
        Matcher m = SEPARATED.matcher(raw.strip());
        if (m.matches()) {
            return m.group(1) + pad(m.group(2)) + pad(m.group(3));
        }
        return digits;
    }

    @Override
    public int compareDifferent(String left, String right) {
        if (ONE_EDIT.apply(left, right) >= 0) {
            return 1;
        }
        if (left.length() != 8 || right.length() != 8) {
            return 3;
        }
        String year = left.substring(0, 4);
        String month = left.substring(4, 6);
        String day = left.substring(6, 8);
        boolean sameYear = year.equals(right.substring(0, 4));
        boolean sameMonth = month.equals(right.substring(4, 6));
        boolean sameDay = day.equals(right.substring(6, 8));
        if (sameYear && month.equals(right.substring(6, 8)) && day.equals(right.substring(4, 6))) {
            return 1;
        }
        int agreeing = (sameYear ? 1 : 0) + (sameMonth ? 1 : 0) + (sameDay ? 1 : 0);
        return agreeing == 2 ? 2 : 3;
    }

    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }
}
