package io.journeymap.routes.internal.pipeline;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.json.EventJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import io.journeymap.api.privacy.EventSealer;
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

    /**
     * Reads a body whose records may be sealed (Kafka in cluster mode): events pass as they are,
     * record values are opened by the sealer; a record whose person was erased, or that is no
     * event at all, is left out (the sealer logs how many), so one bad record never stops the
     * partition.
     *
     * @param body   an exchange body
     * @param sealer opens sealed records
     * @return its readable events, in order
     * @throws IllegalArgumentException when an element is not an event or a record of one
     */
    public static List<TouchpointEvent> events(Object body, EventSealer sealer) {
        List<Object> elements = new ArrayList<>();
        flatten(body, elements);
        List<String> records = new ArrayList<>();
        for (Object e : elements) {
            if (!(e instanceof TouchpointEvent)) {
                records.add(e instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : (String) e);
            }
        }
        List<Optional<TouchpointEvent>> opened = records.isEmpty() ? List.of() : sealer.open(records);
        List<TouchpointEvent> events = new ArrayList<>(elements.size());
        int r = 0;
        for (Object e : elements) {
            if (e instanceof TouchpointEvent t) {
                events.add(t);
            } else {
                opened.get(r++).ifPresent(events::add);
            }
        }
        return events;
    }

    private static void flatten(Object element, List<Object> out) {
        if (element instanceof List<?> list) {
            for (Object e : list) {
                flatten(e, out);
            }
        } else if (element instanceof Exchange x) {
            flatten(x.getMessage().getBody(), out);
        } else if (element instanceof Message m) {
            flatten(m.getBody(), out);
        } else if (element == null || element instanceof TouchpointEvent || element instanceof String
                || element instanceof byte[]) {
            // a null value (a Kafka tombstone) is a record the sealer reports as unreadable
            out.add(element);
        } else {
            throw new IllegalArgumentException("not a touchpoint event: "
                    + (element == null ? "null" : element.getClass().getName()));
        }
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
