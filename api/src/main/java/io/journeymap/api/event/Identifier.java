package io.journeymap.api.event;

import java.util.Objects;

/**
 * One typed identifier of a person, as the source sent it (normalisation is identity
 * resolution's job, so the raw value is kept as evidence).
 *
 * @param type  what kind of identifier this is
 * @param value the identifier as sent
 */
public record Identifier(IdentifierType type, String value) {
    /** Both fields are required. */
    public Identifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param type  the kind
     * @param value the value
     * @return a new identifier
     */
    public static Identifier of(IdentifierType type, String value) {
        return new Identifier(type, value);
    }

    /** Never prints the value: identifiers are personal data and must not reach logs. */
    @Override
    public String toString() {
        return "Identifier[" + type.wireName() + "]";
    }
}
