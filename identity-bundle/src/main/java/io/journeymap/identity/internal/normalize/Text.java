package io.journeymap.identity.internal.normalize;

import java.util.Locale;

/** String clean-up shared by the normalisers. */
final class Text {

    private Text() {
    }

    /**
     * Strips leading and trailing whitespace, including the no-break space, zero-width space and byte
     * order mark that copy-paste and spreadsheet exports leave behind ({@link String#strip()} keeps them).
     */
    static String clean(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isInvisible(raw.charAt(start))) {
            start++;
        }
        while (end > start && isInvisible(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    /** Locale-independent lower case: in a Turkish default locale "I" would otherwise become a dotless ı. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isInvisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
