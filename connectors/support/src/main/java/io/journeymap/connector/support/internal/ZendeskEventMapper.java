package io.journeymap.connector.support.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import io.journeymap.api.json.EventJson;
import io.journeymap.camel.ItemOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps one Zendesk ticket event (the documented webhook event schema: {@code type},
 * {@code id}, {@code time}, {@code detail} = the ticket, {@code event} = what changed) to the
 * canonical event: created, solved (a status change to solved or closed) and every other change.
 * Zendesk's ticket detail names the requester by id only; a trigger-made body following the same
 * schema may add {@code detail.requester_email}, which is then an email identifier too.
 */
final class ZendeskEventMapper {

    static final EventSource SOURCE = new EventSource("support", "zendesk");

    private static final String TICKET_PREFIX = "zen:event-type:ticket.";
    private static final Set<String> SOLVED = Set.of("SOLVED", "CLOSED");

    private ZendeskEventMapper() {
    }

    static ItemOutcome map(JsonNode payload, Instant receivedAt) {
        if (!payload.isObject()) {
            return new ItemOutcome.Invalid(List.of(Violation.of("body", "type:object", "the body must be a JSON object")));
        }
        List<Violation> v = new ArrayList<>();
        String type = Json.requiredText(payload, "/type", "type", v);
        if (type != null && !type.startsWith(TICKET_PREFIX)) {
            return new ItemOutcome.Ignored(type.length() <= 64 ? type : "unknown"); // user, organization … events
        }
        String eventId = Json.requiredText(payload, "/id", "id", v);
        Instant time = Json.requiredIso(payload, "/time", "time", v);
        String ticketId = Json.requiredText(payload, "/detail/id", "detail.id", v);
        List<Identifier> ids = requester(payload.path("detail"));
        if (ids.isEmpty()) {
            v.add(Violation.of("detail.requester_id", "required", "detail.requester_id (or detail.requester_email) is required"));
        }
        if (!v.isEmpty()) {
            return new ItemOutcome.Invalid(v);
        }
        String change = type.substring(TICKET_PREFIX.length());
        Map<String, Object> properties = properties(payload, ticketId, change);
        String text = null;
        String name = "Ticket Updated";
        if ("created".equals(change)) {
            name = "Ticket Created";
            text = Json.messageText(Json.text(payload, "/detail/description"), properties);
        } else if ("status_changed".equals(change)
                && SOLVED.contains(String.valueOf(Json.text(payload, "/event/current")).toUpperCase(Locale.ROOT))) {
            name = "Ticket Solved";
        } else if ("comment_added".equals(change)) {
            text = Json.messageText(Json.text(payload, "/event/comment/body"), properties);
            putIfPresent(properties, "comment_id", Json.text(payload, "/event/comment/id"));
            // an agent's words are not the customer's: scoring tells them apart by this flag
            properties.put("comment_author_is_staff", payload.at("/event/comment/author/is_staff").asBoolean(false));
            properties.put("comment_public", payload.at("/event/comment/is_public").asBoolean(true));
        }
        TouchpointEvent event = new TouchpointEvent("zendesk-" + eventId, EventType.TRACK, name, null, properties,
                Map.of(), time, receivedAt, null, null, null, null, ids,
                new EventContext("support", null, Map.of(), null, null, null, null, null, Map.of()), text, SOURCE);
        return ItemOutcome.validated(event);
    }

    private static List<Identifier> requester(JsonNode detail) {
        List<Identifier> ids = new ArrayList<>();
        String email = Json.text(detail, "/requester_email");
        if (email != null) {
            ids.add(Identifier.of(IdentifierType.EMAIL, email));
        }
        String id = Json.text(detail, "/requester_id");
        if (id != null) {
            ids.add(Identifier.of(IdentifierType.ZENDESK_USER_ID, id));
        }
        return ids;
    }

    private static Map<String, Object> properties(JsonNode payload, String ticketId, String change) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("ticket_id", ticketId);
        p.put("zendesk_event", change);
        putIfPresent(p, "status", Json.text(payload, "/detail/status"));
        putIfPresent(p, "priority", Json.text(payload, "/detail/priority"));
        putIfPresent(p, "ticket_type", Json.text(payload, "/detail/type"));
        putIfPresent(p, "subject", Json.text(payload, "/detail/subject"));
        putIfPresent(p, "channel", Json.text(payload, "/detail/via/channel"));
        putIfPresent(p, "assignee_id", Json.text(payload, "/detail/assignee_id"));
        putIfPresent(p, "group_id", Json.text(payload, "/detail/group_id"));
        putIfPresent(p, "brand_id", Json.text(payload, "/detail/brand_id"));
        JsonNode tags = payload.at("/detail/tags");
        if (tags.isArray() && !tags.isEmpty()) {
            p.put("tags", EventJson.mapper().convertValue(tags, List.class));
        }
        // status_changed, priority_changed …: the change itself, when scalar
        putIfPresent(p, "previous", Json.text(payload, "/event/previous"));
        putIfPresent(p, "current", Json.text(payload, "/event/current"));
        return p;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
