package io.journeymap.identity.internal.matching;

/** Building blocks for {@link BlockingKey}s. */
public final class BlockingKeys {

    private BlockingKeys() {
    }

    /** The normalised text of a field (lower case, punctuation and accents removed). */
    public static BlockingKey text(String field) {
        return record -> Normalise.text(record.field(field));
    }

    /** The first {@code length} characters of the normalised text, spaces removed. */
    public static BlockingKey prefix(String field, int length) {
        if (length < 1) {
            throw new IllegalArgumentException("length must be positive");
        }
        return record -> {
            String value = Normalise.text(record.field(field));
            if (value == null) {
                return null;
            }
            value = value.replace(" ", "");
            return value.length() <= length ? value : value.substring(0, length);
        };
    }

    /** The digits of a field (ids, phone numbers, postcodes, dates). */
    public static BlockingKey digits(String field) {
        return record -> Normalise.digits(record.field(field));
    }

    /** The first {@code length} digits of a field, e.g. the year of a year-first date. */
    public static BlockingKey digitsPrefix(String field, int length) {
        return record -> {
            String value = Normalise.digits(record.field(field));
            return value == null || value.length() < length ? null : value.substring(0, length);
        };
    }

    /** All parts joined; no key when any part has none, so a missing field never joins everything. */
    public static BlockingKey compose(BlockingKey... parts) {
        BlockingKey[] copy = parts.clone();
        return record -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < copy.length; i++) {
                String part = copy[i].key(record);
                if (part == null) {
                    return null;
                }
                // \u001f (unit separator) cannot occur in a normalised part, so keys cannot collide across parts.
                b.append(i == 0 ? "" : "\u001f").append(part);
            }
            return b.toString();
        };
    }
}
