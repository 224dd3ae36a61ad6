package io.journeymap.identity.internal.matching;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Canonical forms shared by comparators and blocking keys, so both see a value the same way. */
final class Normalise {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Normalise() {
    }

    /**
     * Lower case, accents removed, every run of punctuation or spaces made one space. Returns
     * {@code null} when nothing is left: "-" or "." carries no information.
     */
    static String text(String raw) {
        if (raw == null) {
            return null;
        }
        // Runs once per record and field, per blocking pass too: a plain loop for ASCII, which is
        // most values, and Unicode decomposition only for the rest.
        StringBuilder b = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 128) {
                return unicodeText(raw);
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                if (pendingSpace && b.length() > 0) {
                    b.append(' ');
                }
                pendingSpace = false;
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else {
                pendingSpace = true;
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static String unicodeText(String raw) {
        String s = MARKS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && b.length() > 0) {
                    b.append(' ');
                }
                pendingSpace = false;
                b.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            } else {
                pendingSpace = true;
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** Only the ASCII digits, or {@code null} when there are none. */
    static String digits(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }
}
