package io.journeymap.journey.internal;

import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;

final class StoreFixtures {
    static final EventSource WEB = new EventSource("tracking-http", "web");

    private StoreFixtures() {
    }

    static TouchpointEvent track(String messageId, String userId, Instant at) {
        return new TouchpointEvent(messageId, EventType.TRACK, "Viewed Pricing", null, Map.of("plan", "pro"), null,
                at, Instant.parse("2026-11-28T12:00:00Z"), userId, null, null, null,
                List.of(Identifier.of(IdentifierType.USER_ID, userId)), EventContext.empty(), null, WEB);
    }
}
