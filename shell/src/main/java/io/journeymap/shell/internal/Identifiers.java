package io.journeymap.shell.internal;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;

/** Reads a (type, value) pair from command arguments. */
final class Identifiers {

    private Identifiers() {
    }

    static Identifier parse(String type, String value) {
        IdentifierType t = IdentifierType.fromWireName(type)
                .orElseThrow(() -> new IllegalArgumentException("type: unknown identifier type"));
        return Identifier.of(t, value);
    }
}
