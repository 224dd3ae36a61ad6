package io.journeymap.journey.internal.map;

import io.journeymap.api.event.Campaign;
import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Events as the connectors write them, for the map's tests. */
final class MapEvents {

    static final EventSource WEB = new EventSource("tracking-http", "web");
    private static final AtomicLong IDS = new AtomicLong();

    private MapEvents() {
    }

    static TouchpointEvent track(String userId, String event, Instant at) {
        return track(userId, event, Map.of(), at);
    }

    static TouchpointEvent track(String userId, String event, Map<String, Object> properties, Instant at) {
        return new TouchpointEvent("m-" + IDS.incrementAndGet(), EventType.TRACK, event, null, properties, null, at, at,
                userId, null, null, null, List.of(Identifier.of(IdentifierType.USER_ID, userId)), EventContext.empty(),
                null, WEB);
    }

    static TouchpointEvent page(String userId, String path, Instant at) {
        return page(userId, path, null, at);
    }

    static TouchpointEvent page(String userId, String path, String medium, Instant at) {
        EventContext context = new EventContext("web", medium == null ? null : new Campaign("spring", "google", medium, null, null),
                Map.of("path", path, "url", "https://example.com" + path), null, null, "en-GB", null, null,
                Map.of("location", Map.of("country", "DE")));
        return new TouchpointEvent("m-" + IDS.incrementAndGet(), EventType.PAGE, null, path, Map.of(), null, at, at,
                userId, null, null, null, List.of(Identifier.of(IdentifierType.USER_ID, userId)), context, null, WEB);
    }

    static TouchpointEvent identify(String userId, Instant at) {
        return new TouchpointEvent("m-" + IDS.incrementAndGet(), EventType.IDENTIFY, null, null, Map.of(),
                Map.of("plan", "pro"), at, at, userId, null, null, null,
                List.of(Identifier.of(IdentifierType.USER_ID, userId)), EventContext.empty(), null, WEB);
    }
}
