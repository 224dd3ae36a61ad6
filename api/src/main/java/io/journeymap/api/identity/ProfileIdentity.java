package io.journeymap.api.identity;

import io.journeymap.api.event.Identifier;
import java.time.Instant;
import java.util.List;

/**
 * A profile and its normalised identifiers.
 *
 * @param profileId   the profile id
 * @param createdAt   when the profile was created
 * @param identifiers its normalised identifiers, strongest type first
 */
public record ProfileIdentity(String profileId, Instant createdAt, List<Identifier> identifiers) {
    /** Copies the list. */
    public ProfileIdentity {
        identifiers = List.copyOf(identifiers);
    }
}
