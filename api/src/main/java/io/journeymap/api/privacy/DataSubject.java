package io.journeymap.api.privacy;

import io.journeymap.api.event.Identifier;
import java.util.List;

/**
 * The person a request is about, as the identity graph knows them.
 *
 * @param profileIds  the live profile and every profile ever merged into it (empty when the graph knows no profile)
 * @param identifiers every normalised identifier of the person, including the one the request named
 */
public record DataSubject(List<String> profileIds, List<Identifier> identifiers) {

    /** Lists are never null. */
    public DataSubject {
        profileIds = profileIds == null ? List.of() : List.copyOf(profileIds);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }
}
