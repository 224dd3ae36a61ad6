package io.journeymap.api.identity;

import io.journeymap.api.event.TouchpointEvent;

/** Assigns each event to the profile of the person it is about. */
public interface IdentityResolver {

    /**
     * @param event a valid event
     * @return the id of the profile the event belongs to; never null
     */
    String resolveProfile(TouchpointEvent event);
}
