package io.journeymap.connector.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * One event of a HubSpot webhook request (the body is a JSON array of up to 100), in HubSpot's
 * documented shape: {@code eventId}, {@code subscriptionType} ({@code contact.propertyChange} …),
 * {@code objectId}, {@code occurredAt} (epoch ms), and for property changes {@code propertyName} and
 * {@code propertyValue}.
 *
 * @param eventId          HubSpot's id of the event; the same on every retry of its delivery
 * @param subscriptionType {@code <object>.<change>}
 * @param objectId         the CRM object's id
 * @param occurredAt       epoch milliseconds
 * @param propertyName     the changed property, or null
 * @param propertyValue    its new value, or null
 */
record WebhookEvent(long eventId, String subscriptionType, long objectId, long occurredAt, String propertyName,
        String propertyValue) {

    /** HubSpot's most events in one request. */
    static final int MAX_EVENTS = 100;

    /** @return the object kind: {@code contact}, {@code deal}, {@code company} … */
    String objectKind() {
        return subscriptionType.substring(0, subscriptionType.indexOf('.'));
    }

    /** @return the change: {@code creation}, {@code propertyChange} … */
    String change() {
        return subscriptionType.substring(subscriptionType.indexOf('.') + 1);
    }

    /** What a request body held: its events, or every rule it broke. */
    record Parsed(List<WebhookEvent> events, List<Violation> violations) {
    }

    /**
     * @param body the parsed request body
     * @return the events, or each broken rule with its field ({@code [2].occurredAt})
     */
    static Parsed parse(JsonNode body) {
        List<Violation> v = new ArrayList<>();
        List<WebhookEvent> events = new ArrayList<>();
        if (body == null || !body.isArray()) {
            return new Parsed(List.of(), List.of(Violation.of("body", "type:array",
                    "the body must be a JSON array of webhook events")));
        }
        if (body.size() > MAX_EVENTS) {
            return new Parsed(List.of(), List.of(Violation.of("body", "max-items:" + MAX_EVENTS,
                    "a request holds at most " + MAX_EVENTS + " events")));
        }
        for (int i = 0; i < body.size(); i++) {
            JsonNode e = body.get(i);
            String at = "[" + i + "].";
            if (!e.isObject()) {
                v.add(Violation.of("[" + i + "]", "type:object", "each event must be a JSON object"));
                continue;
            }
            int before = v.size();
            long eventId = integral(e, at, "eventId", v);
            long objectId = integral(e, at, "objectId", v);
            long occurredAt = integral(e, at, "occurredAt", v);
            String type = e.path("subscriptionType").asText(null);
            if (!e.path("subscriptionType").isTextual() || !type.matches("[a-z_]+\\.[A-Za-z_]+")) {
                v.add(Violation.of(at + "subscriptionType", "format:object.change",
                        "subscriptionType must read like contact.propertyChange"));
            }
            if (v.size() == before) {
                events.add(new WebhookEvent(eventId, type, objectId, occurredAt, text(e, "propertyName"),
                        text(e, "propertyValue")));
            }
        }
        return v.isEmpty() ? new Parsed(events, List.of()) : new Parsed(List.of(), v);
    }

    private static long integral(JsonNode e, String at, String field, List<Violation> v) {
        JsonNode n = e.path(field);
        if (n.isIntegralNumber() && n.canConvertToLong() && n.asLong() >= 0) {
            return n.asLong();
        }
        v.add(Violation.of(at + field, n.isMissingNode() || n.isNull() ? "required" : "type:integer",
                field + " must be a non-negative integer"));
        return -1;
    }

    private static String text(JsonNode e, String field) {
        JsonNode n = e.path(field);
        return n.isValueNode() && !n.isNull() ? n.asText() : null;
    }
}
