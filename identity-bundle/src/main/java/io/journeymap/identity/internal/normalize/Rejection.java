package io.journeymap.identity.internal.normalize;

import io.journeymap.api.event.IdentifierType;
import java.util.Objects;

/**
 * An identifier that was not admitted to the identity graph, and why. Carries no value, so it can be
 * logged and counted without leaking personal data.
 *
 * @param type the identifier's type
 * @param rule the rule broken, {@code <wire name>:<rule>}, e.g. {@code "email:format"}
 */
public record Rejection(IdentifierType type, String rule) {
    /** Both fields are required. */
    public Rejection {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
    }
}
