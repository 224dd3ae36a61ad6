package io.journeymap.api.identity;

import io.journeymap.api.event.TouchpointEvent;
import java.util.List;

/**
 * Assigns events to the profiles of the people they are about, growing the identity graph as it
 * goes: identifiers seen together join one profile, within the configured rules and limits.
 * Resolution is idempotent: resolving the same events again assigns the same profiles.
 */
public interface IdentityResolver {

    /**
     * Resolves a batch in one transaction, in order (a later event sees what an earlier one linked).
     *
     * @param events valid events
     * @return one profile id per event, in the same order; never null
     */
    List<String> resolve(List<TouchpointEvent> events);
}
