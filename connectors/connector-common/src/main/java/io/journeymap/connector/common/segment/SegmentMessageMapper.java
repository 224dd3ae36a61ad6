package io.journeymap.connector.common.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeymap.api.event.Campaign;
import io.journeymap.api.event.ConsentSignals;
import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.EventValidator;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import io.journeymap.api.json.EventJson;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps one Segment-spec message to the canonical event, collecting every broken rule (wire types
 * and formats here, then the canonical rules of {@link EventValidator}) rather than stopping at
 * the first, so the sender learns everything wrong with a message at once. Shared by every
 * connector that receives Segment messages (the HTTP tracking API, a Kafka topic), so they map alike.
 * The landing URL's utm_* parameters fill what the sender's campaign leaves out, and its ad click
 * ids become identifiers ({@link LandingParameters}).
 */
public final class SegmentMessageMapper {

    private static final Set<String> CONTEXT_FIELDS_MAPPED =
            Set.of("channel", "campaign", "page", "userAgent", "ip", "locale", "timezone", "consent", "gpc");

    /**
     * The outcome: an event, or the violations that kept it out.
     *
     * @param event      the event, null when there are violations
     * @param violations every broken rule, empty when the event is valid
     */
    public record Mapped(TouchpointEvent event, List<Violation> violations) {
        /** @return whether the message mapped to a valid event */
        public boolean ok() {
            return violations.isEmpty();
        }
    }

    /** ISO-8601 with any offset form SDKs send: {@code Z}, {@code +01:00}, {@code +0100}, {@code +01}. */
    private static final java.time.format.DateTimeFormatter ISO_8601 = new java.time.format.DateTimeFormatterBuilder()
            .append(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XXX][XX][X]").toFormatter();

    private SegmentMessageMapper() {
    }

    /**
     * @param message     one message as JSON
     * @param rawBytes    its bytes as sent (for the derived messageId)
     * @param callType    the type implied by the endpoint ({@code /v1/track}), or null for batch items
     * @param batchContext the batch's top-level {@code context}, merged under the message's own; may be null
     * @param source      the connector and instance the message came through
     * @param gpcHeader   whether the request carried {@code Sec-GPC: 1}
     * @param receivedAt  when the request arrived
     * @return the event or the violations
     */
    public static Mapped map(JsonNode message, byte[] rawBytes, EventType callType, JsonNode batchContext,
            EventSource source, boolean gpcHeader, Instant receivedAt) {
        List<Violation> v = new ArrayList<>();
        if (!message.isObject()) {
            v.add(Violation.of("message", "type:object", "each message must be a JSON object"));
            return new Mapped(null, v);
        }
        EventType type = callType;
        JsonNode typeNode = message.get("type");
        if (type == null) {
            if (typeNode == null || typeNode.isNull()) {
                v.add(Violation.of("type", "required", "type is required in a batch: one of identify, track, page, screen, group, alias"));
            } else {
                type = EventType.fromWireName(typeNode.asText()).orElse(null);
                if (type == null) {
                    v.add(Violation.of("type", "one-of", "type must be one of identify, track, page, screen, group, alias"));
                }
            }
        }
        String userId = id(message, "userId", v);
        String anonymousId = id(message, "anonymousId", v);
        String messageId = text(message, "messageId", v);
        if (messageId == null) {
            messageId = derivedMessageId(rawBytes);
        }
        Map<String, Object> properties = object(message, "properties", v);
        Map<String, Object> traits = object(message, "traits", v);
        JsonNode contextNode = mergedContext(message.get("context"), batchContext, v);
        Map<String, Object> contextTraits = contextNode.has("traits") && contextNode.get("traits").isObject()
                ? toMap(contextNode.get("traits")) : Map.of();

        Instant timestamp = instant(message, "timestamp", v);
        if (timestamp == null) {
            timestamp = instant(message, "originalTimestamp", v);
        }
        LandingParameters landing = LandingParameters.parse(landingUrl(contextNode, properties));
        EventContext context = context(contextNode, message, type, gpcHeader, landing, v);
        List<Identifier> identifiers = identifiers(userId, anonymousId, traits, contextTraits, contextNode);
        for (Identifier clickId : landing.clickIds()) {
            if (!identifiers.contains(clickId)) {
                identifiers.add(clickId);
            }
        }
        TouchpointEvent event = new TouchpointEvent(messageId, type,
                text(message, "event", v), text(message, "name", v), properties, traits,
                timestamp != null ? timestamp : receivedAt, receivedAt, userId, anonymousId,
                id(message, "groupId", v), id(message, "previousId", v),
                identifiers, context, text(message, "text", v), source);
        // Report the canonical rules too, except for fields already reported as malformed.
        for (Violation c : EventValidator.validate(event)) {
            if (v.stream().noneMatch(w -> w.field().equals(c.field()))) {
                v.add(c);
            }
        }
        return v.isEmpty() ? new Mapped(event, List.of()) : new Mapped(null, v);
    }

    // A client that sends no messageId gets one derived from the message's bytes, so its own retry
    // of the same body is still recognised as a repeat (a random id would store it twice).
    /**
     * @param rawBytes a message's bytes as sent
     * @return {@code jm-} and 32 hex digits of their SHA-256
     */
    public static String derivedMessageId(byte[] rawBytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawBytes);
            return "jm-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Identifier> identifiers(String userId, String anonymousId, Map<String, Object> traits,
            Map<String, Object> contextTraits, JsonNode context) {
        List<Identifier> ids = new ArrayList<>();
        if (userId != null) {
            ids.add(Identifier.of(IdentifierType.USER_ID, userId));
        }
        if (anonymousId != null) {
            ids.add(Identifier.of(IdentifierType.ANONYMOUS_ID, anonymousId));
        }
        addTrait(ids, IdentifierType.EMAIL, traits.get("email"), contextTraits.get("email"));
        addTrait(ids, IdentifierType.PHONE, traits.get("phone"), contextTraits.get("phone"));
        JsonNode device = context.get("device");
        if (device != null && device.isObject()) {
            addText(ids, IdentifierType.DEVICE_ID, device.get("id"));
            addText(ids, IdentifierType.ADVERTISING_ID, device.get("advertisingId"));
        }
        JsonNode external = context.get("externalIds");
        if (external != null && external.isArray()) {
            for (JsonNode x : external) {
                IdentifierType.fromWireName(x.path("type").asText(null))
                        .ifPresent(t -> addText(ids, t, x.get("id")));
            }
        }
        return ids;
    }

    private static void addTrait(List<Identifier> ids, IdentifierType type, Object fromTraits, Object fromContext) {
        Object value = fromTraits != null ? fromTraits : fromContext;
        if (value instanceof String s && !s.isBlank()) {
            ids.add(Identifier.of(type, s));
        }
    }

    private static void addText(List<Identifier> ids, IdentifierType type, JsonNode node) {
        if (node != null && (node.isTextual() || node.isNumber()) && !node.asText().isBlank()) {
            ids.add(Identifier.of(type, node.asText()));
        }
    }

    private static JsonNode mergedContext(JsonNode own, JsonNode batch, List<Violation> v) {
        if (own != null && !own.isNull() && !own.isObject()) {
            v.add(Violation.of("context", "type:object", "context must be a JSON object"));
            own = null;
        }
        ObjectNode merged = EventJson.mapper().createObjectNode();
        if (batch != null && batch.isObject()) {
            merged.setAll((ObjectNode) batch);
        }
        if (own != null && own.isObject()) {
            merged.setAll((ObjectNode) own);
        }
        return merged;
    }

    // Where the visitor landed: analytics.js sends context.page.url; a page call's properties.url
    // too; a server-side sender may send only the query (context.page.search).
    private static String landingUrl(JsonNode context, Map<String, Object> properties) {
        JsonNode page = context.path("page");
        if (page.path("url").isTextual()) {
            return page.get("url").asText();
        }
        if (properties.get("url") instanceof String url) {
            return url;
        }
        if (page.path("search").isTextual()) {
            return page.get("search").asText();
        }
        return properties.get("search") instanceof String search ? search : null;
    }

    private static EventContext context(JsonNode c, JsonNode message, EventType type, boolean gpcHeader,
            LandingParameters landing, List<Violation> v) {
        String channel = c.path("channel").asText(message.path("channel").asText(null));
        if (channel == null && type == EventType.PAGE) {
            channel = "web";
        } else if (channel == null && type == EventType.SCREEN) {
            channel = "mobile";
        }
        Campaign campaign = null;
        JsonNode cn = c.get("campaign");
        if (cn != null && cn.isObject()) {
            campaign = new Campaign(cn.path("name").asText(null), cn.path("source").asText(null),
                    cn.path("medium").asText(null), cn.path("term").asText(null), cn.path("content").asText(null));
        }
        campaign = landing.mergeInto(campaign);
        Map<String, Object> page = c.has("page") && c.get("page").isObject() ? toMap(c.get("page")) : Map.of();
        Map<String, Object> other = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!CONTEXT_FIELDS_MAPPED.contains(f.getKey())) {
                other.put(f.getKey(), EventJson.mapper().convertValue(f.getValue(), Object.class));
            }
        }
        return new EventContext(channel, campaign, page, c.path("userAgent").asText(null), c.path("ip").asText(null),
                c.path("locale").asText(null), c.path("timezone").asText(null), consent(c, gpcHeader, v), other);
    }

    private static ConsentSignals consent(JsonNode c, boolean gpcHeader, List<Violation> v) {
        JsonNode consent = c.path("consent");
        Map<String, Boolean> prefs = null;
        JsonNode cp = consent.get("categoryPreferences");
        if (cp != null && !cp.isNull()) {
            if (!cp.isObject()) {
                v.add(Violation.of("context.consent.categoryPreferences", "type:object",
                        "categoryPreferences must be an object of purpose to true/false"));
            } else {
                prefs = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = cp.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> f = it.next();
                    if (!f.getValue().isBoolean()) {
                        v.add(Violation.of("context.consent.categoryPreferences." + f.getKey(), "type:boolean",
                                "each category preference must be true or false"));
                    } else {
                        prefs.put(f.getKey(), f.getValue().booleanValue());
                    }
                }
            }
        }
        String tc = consent.path("tcString").asText(null);
        Boolean gpc = gpcHeader ? Boolean.TRUE : (c.path("gpc").isBoolean() ? c.get("gpc").booleanValue() : null);
        ConsentSignals signals = new ConsentSignals(prefs, tc, gpc);
        return signals.isEmpty() ? null : signals;
    }

    private static String id(JsonNode message, String field, List<Violation> v) {
        JsonNode n = message.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return n.asText().isEmpty() ? null : n.asText();
        }
        if (n.isIntegralNumber()) {
            return n.asText(); // Segment accepts numeric ids and treats them as strings
        }
        v.add(Violation.of(field, "type:string", field + " must be a string"));
        return null;
    }

    private static String text(JsonNode message, String field, List<Violation> v) {
        JsonNode n = message.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            v.add(Violation.of(field, "type:string", field + " must be a string"));
            return null;
        }
        return n.asText();
    }

    private static Map<String, Object> object(JsonNode message, String field, List<Violation> v) {
        JsonNode n = message.get(field);
        if (n == null || n.isNull()) {
            return Map.of();
        }
        if (!n.isObject()) {
            v.add(Violation.of(field, "type:object", field + " must be a JSON object"));
            return Map.of();
        }
        return toMap(n);
    }

    private static Instant instant(JsonNode message, String field, List<Violation> v) {
        JsonNode n = message.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            try {
                return OffsetDateTime.parse(n.asText(), ISO_8601).toInstant();
            } catch (DateTimeParseException e) {
                // fall through to the violation
            }
        }
        v.add(Violation.of(field, "iso-8601", field + " must be an ISO-8601 date-time with offset, e.g. 2026-11-28T10:15:30Z"));
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toMap(JsonNode object) {
        return EventJson.mapper().convertValue(object, LinkedHashMap.class);
    }
}
