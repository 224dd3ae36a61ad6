package io.journeymap.routes.internal.pipeline;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.json.EventJson;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Reads an exchange body as a batch of canonical events, whatever the endpoint delivered: a list
 * of events (journal), a JSON string or bytes (one Kafka record), or a list of exchanges (a
 * batching Kafka consumer). One conversion, so the same route serves every transport.
 */
public final class EventBatches {

    private EventBatches() {
    }

    /**
     * @param body an exchange body
     * @return its events, in order
     * @throws IllegalArgumentException when an element is not an event or its JSON
     */
    public static List<TouchpointEvent> events(Object body) {
        if (body instanceof List<?> list) {
            List<TouchpointEvent> events = new ArrayList<>(list.size());
            for (Object element : list) {
                events.add(event(element));
            }
            return events;
        }
        return List.of(event(body));
    }

    private static TouchpointEvent event(Object element) {
        if (element instanceof TouchpointEvent e) {
            return e;
        }
        if (element instanceof Exchange x) {
            return event(x.getMessage().getBody());
        }
        if (element instanceof Message m) {
            return event(m.getBody());
        }
        if (element instanceof String json) {
            return EventJson.read(json);
        }
        if (element instanceof byte[] json) {
            return EventJson.read(json);
        }
        throw new IllegalArgumentException("not a touchpoint event: " + (element == null ? "null" : element.getClass().getName()));
    }
}
