package io.journeymap.api.timeline;

import io.journeymap.api.event.TouchpointEvent;

/**
 * One touchpoint on one profile's timeline.
 *
 * @param profileId the profile the event was assigned to
 * @param event     the event
 */
public record TimelineEntry(String profileId, TouchpointEvent event) {
}
