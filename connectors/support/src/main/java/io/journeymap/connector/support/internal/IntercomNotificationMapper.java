package io.journeymap.connector.support.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import io.journeymap.camel.ItemOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps one Intercom webhook notification ({@code type: notification_event}, {@code topic},
 * {@code data.item} = the conversation) to the canonical event: a conversation the customer starts
 * (or an admin starts with them), the customer's messages in it, and the team's replies. Other
 * topics (notes, assignment, ping …) are acknowledged and not stored.
 */
final class IntercomNotificationMapper {

    static final EventSource SOURCE = new EventSource("support", "intercom");

    private static final Map<String, String> NAMES = Map.of(
            "conversation.user.created", "Conversation Started",
            "conversation.admin.single.created", "Conversation Started",
            "conversation.user.replied", "Chat Message",
            "conversation.admin.replied", "Conversation Replied");

    /** Authors who are the customer; an admin's or bot's email must never become the customer's. */
    private static final Set<String> CUSTOMER_AUTHORS = Set.of("user", "lead", "contact");

    private IntercomNotificationMapper() {
    }

    static ItemOutcome map(JsonNode notification, Instant receivedAt) {
        if (!notification.isObject()) {
            return new ItemOutcome.Invalid(List.of(Violation.of("body", "type:object", "the body must be a JSON object")));
        }
        List<Violation> v = new ArrayList<>();
        String topic = Json.requiredText(notification, "/topic", "topic", v);
        if (topic != null && !NAMES.containsKey(topic)) {
            return new ItemOutcome.Ignored(topic.length() <= 64 ? topic : "unknown");
        }
        JsonNode item = notification.at("/data/item");
        String conversationId = Json.requiredText(item, "/id", "data.item.id", v);
        // the message this notification is about: the newest part for replies, the source for a new conversation
        boolean created = topic != null && topic.endsWith(".created");
        JsonNode message = created ? item.path("source") : lastPart(item);
        if (!created && message.isMissingNode()) {
            v.add(Violation.of("data.item.conversation_parts.conversation_parts", "not-empty",
                    "a reply notification must carry the reply as a conversation part"));
        }
        Instant at = Json.requiredUnixSeconds(created ? item : message, "/created_at",
                created ? "data.item.created_at" : "data.item.conversation_parts.conversation_parts[].created_at", v);
        List<Identifier> ids = customer(item, message);
        if (ids.isEmpty()) {
            v.add(Violation.of("data.item.contacts", "required", "the conversation names no contact (id, external_id or email)"));
        }
        if (!v.isEmpty()) {
            return new ItemOutcome.Invalid(v);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("conversation_id", conversationId);
        properties.put("intercom_topic", topic);
        String partId = Json.text(message, "/id");
        if (!created && partId != null) {
            properties.put("part_id", partId);
        }
        String authorType = Json.text(message, "/author/type");
        if (authorType != null) {
            properties.put("author_type", authorType);
        }
        String text = Json.messageText(Json.text(message, "/body"), properties);
        String userId = ids.stream().filter(i -> i.type() == IdentifierType.USER_ID).map(Identifier::value)
                .findFirst().orElse(null);
        // stable across Intercom's retry and across topics that report the same message
        String messageId = "intercom-" + conversationId + (created ? "-start" : "-part-" + partId);
        TouchpointEvent event = new TouchpointEvent(messageId, EventType.TRACK, NAMES.get(topic), null, properties,
                Map.of(), at, receivedAt, userId, null, null, null, ids,
                new EventContext("support", null, pageOf(item), null, null, null, null, null, Map.of()), text, SOURCE);
        return ItemOutcome.validated(event);
    }

    private static JsonNode lastPart(JsonNode item) {
        JsonNode parts = item.at("/conversation_parts/conversation_parts");
        return parts.isArray() && !parts.isEmpty() ? parts.get(parts.size() - 1) : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** The contact's Intercom id, external id (the app's user id) and email, from what the payload has. */
    private static List<Identifier> customer(JsonNode item, JsonNode message) {
        List<Identifier> ids = new ArrayList<>();
        JsonNode contacts = item.at("/contacts/contacts");
        JsonNode contact = contacts.isArray() && !contacts.isEmpty() ? contacts.get(0) : item.path("user"); // API 1.x: item.user
        add(ids, IdentifierType.INTERCOM_CONTACT_ID, Json.text(contact, "/id"));
        add(ids, IdentifierType.USER_ID, Json.text(contact, contact.has("external_id") ? "/external_id" : "/user_id"));
        add(ids, IdentifierType.EMAIL, Json.text(contact, "/email"));
        for (JsonNode author : List.of(message.path("author"), item.at("/source/author"))) {
            String type = Json.text(author, "/type");
            if (type != null && CUSTOMER_AUTHORS.contains(type)) {
                add(ids, IdentifierType.INTERCOM_CONTACT_ID, Json.text(author, "/id"));
                add(ids, IdentifierType.EMAIL, Json.text(author, "/email"));
            }
        }
        return ids;
    }

    private static void add(List<Identifier> ids, IdentifierType type, String value) {
        if (value != null && ids.stream().noneMatch(i -> i.type() == type && i.value().equals(value))) {
            ids.add(Identifier.of(type, value));
        }
    }

    private static Map<String, Object> pageOf(JsonNode item) {
        String url = Json.text(item, "/source/url");
        return url == null ? Map.of() : Map.of("url", url);
    }
}
