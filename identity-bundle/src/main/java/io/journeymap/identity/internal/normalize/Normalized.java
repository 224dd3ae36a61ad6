package io.journeymap.identity.internal.normalize;

import io.journeymap.api.event.Identifier;
import java.util.List;

/**
 * The result of normalising an event's identifiers.
 *
 * @param identifiers normalised, de-duplicated identifiers in input order (derived hashed emails follow
 *                    the email they come from); immutable
 * @param rejected    one entry per rejected input identifier, in input order; immutable
 */
public record Normalized(List<Identifier> identifiers, List<Rejection> rejected) {
    /** Copies both lists so the result cannot change under its reader. */
    public Normalized {
        identifiers = List.copyOf(identifiers);
        rejected = List.copyOf(rejected);
    }
}
