package io.journeymap.identity.internal.normalize;

/** What one family normaliser made of one value: its canonical form, or the rule it breaks. */
sealed interface Outcome {

    /** @param value the canonical value */
    record Accepted(String value) implements Outcome { }

    /** @param rule the rule broken, without the type prefix, e.g. {@code "format"}; never the value */
    record Rejected(String rule) implements Outcome { }

    static Outcome accepted(String value) {
        return new Accepted(value);
    }

    static Outcome rejected(String rule) {
        return new Rejected(rule);
    }
}
