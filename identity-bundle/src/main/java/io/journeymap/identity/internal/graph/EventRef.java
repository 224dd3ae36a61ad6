package io.journeymap.identity.internal.graph;

import io.journeymap.api.event.TouchpointEvent;

/**
 * The event that is the evidence for a link or a merge.
 *
 * @param sourceKey the event's source key
 * @param messageId the event's messageId
 */
public record EventRef(String sourceKey, String messageId) {
    static EventRef of(TouchpointEvent e) {
        return new EventRef(e.source().key(), e.messageId());
    }
}
