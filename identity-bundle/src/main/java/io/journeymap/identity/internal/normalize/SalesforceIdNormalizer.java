package io.journeymap.identity.internal.normalize;

import java.util.Locale;
import java.util.Optional;

/**
 * Salesforce record ids, written in the 18-character form. The 15-character form is case-sensitive and
 * the 18-character form is not, so the same record arrives both ways (reports and URLs give 15, the API
 * gives 18, spreadsheets and case-insensitive stores flatten the case); one form makes them join.
 */
final class SalesforceIdNormalizer implements ValueNormalizer {

    static final String LENGTH = "length";
    static final String ALPHANUMERIC = "alphanumeric";
    static final String CHECKSUM = "checksum";
    static final String KEY_PREFIX = "key-prefix";

    /** Salesforce's suffix alphabet: a 5-bit value per 5-character chunk indexes into it. */
    private static final String SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private final String keyPrefix;

    /** @param keyPrefix the object's 3-character key prefix, e.g. {@code "00Q"} for Lead */
    SalesforceIdNormalizer(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    static SalesforceIdNormalizer lead() {
        return new SalesforceIdNormalizer("00Q");
    }

    static SalesforceIdNormalizer contact() {
        return new SalesforceIdNormalizer("003");
    }

    @Override
    public Outcome normalize(String raw) {
        String id = Text.clean(raw);
        if (id.length() != 15 && id.length() != 18) {
            return Outcome.rejected(LENGTH);
        }
        if (!id.chars().allMatch(c -> Text.isAsciiDigit((char) c) || Text.isAsciiUpper((char) c)
                || Text.isAsciiLower((char) c))) {
            return Outcome.rejected(ALPHANUMERIC);
        }
        String id15;
        if (id.length() == 15) {
            id15 = id;
        } else {
            Optional<String> restored = caseSafeBody(id);
            if (restored.isEmpty()) {
                return Outcome.rejected(CHECKSUM);
            }
            id15 = restored.get();
        }
        // Checked after restoring the case: a flattened Lead id reads "00q..." until then.
        if (!id15.startsWith(keyPrefix)) {
            return Outcome.rejected(KEY_PREFIX);
        }
        return Outcome.accepted(id15 + checksum(id15));
    }

    /**
     * The 15-character body of an 18-character id. When the body still carries its case (it mixes upper-
     * and lower-case letters) the suffix must match it. When the case has been flattened to one case, the
     * suffix, which encodes it, restores it: that is what the 18-character form is for.
     */
    private static Optional<String> caseSafeBody(String id18) {
        String body = id18.substring(0, 15);
        String suffix = id18.substring(15).toUpperCase(Locale.ROOT);
        Optional<String> restored = restoreCase(body, suffix);
        if (restored.isPresent() && hasMixedCase(body) && !restored.get().equals(body)) {
            return Optional.empty();
        }
        return restored;
    }

    /**
     * Salesforce's checksum: for each 5-character chunk, bit i is set when character i is an upper-case
     * letter; the 5-bit value picks a character of {@code ABCDEFGHIJKLMNOPQRSTUVWXYZ012345}.
     *
     * @param id15 a 15-character id
     * @return the 3-character suffix of its 18-character form
     */
    static String checksum(String id15) {
        StringBuilder suffix = new StringBuilder(3);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                if (Text.isAsciiUpper(id15.charAt(chunk * 5 + i))) {
                    bits |= 1 << i;
                }
            }
            suffix.append(SUFFIX_ALPHABET.charAt(bits));
        }
        return suffix.toString();
    }

    /** Applies the case the suffix encodes; empty when the suffix is not a possible checksum of the body. */
    private static Optional<String> restoreCase(String body, String suffix) {
        StringBuilder restored = new StringBuilder(15);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = SUFFIX_ALPHABET.indexOf(suffix.charAt(chunk));
            if (bits < 0) {
                return Optional.empty();
            }
            for (int i = 0; i < 5; i++) {
                char c = body.charAt(chunk * 5 + i);
                boolean upper = (bits & (1 << i)) != 0;
                if (Text.isAsciiDigit(c)) {
                    if (upper) {
                        return Optional.empty(); // the suffix marks a digit as an upper-case letter
                    }
                    restored.append(c);
                } else {
                    restored.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
                }
            }
        }
        return Optional.of(restored.toString());
    }

    private static boolean hasMixedCase(String s) {
        return s.chars().anyMatch(c -> Text.isAsciiUpper((char) c)) && s.chars().anyMatch(c -> Text.isAsciiLower((char) c));
    }
}
