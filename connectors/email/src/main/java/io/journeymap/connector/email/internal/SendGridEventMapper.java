package io.journeymap.connector.email.internal;

import io.journeymap.camel.ItemOutcome;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.Campaign;
import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.EventValidator;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import io.journeymap.api.json.EventJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps one item of SendGrid's Event Webhook array to the canonical event. The event names are the
 * ones the journey map's taxonomy and the consent bundle's opt-out rules already know.
 */
final class SendGridEventMapper {

    static final EventSource SOURCE = new EventSource("email", "sendgrid");

    /** SendGrid event → canonical event name. Absent kinds are acknowledged and not stored. */
    private static final Map<String, String> NAMES = Map.of(
            "processed", "Email Sent",
            "delivered", "Email Delivered",
            "open", "Email Opened",
            "click", "Email Link Clicked",
            "bounce", "Email Bounced",
            // dropped: SendGrid never tried (an address that bounced or opted out before): not delivered either
            "dropped", "Email Bounced",
            "unsubscribe", "Email Unsubscribed",
            // a group (ASM) unsubscribe is still a refusal of marketing email; asm_group_id is kept
            "group_unsubscribe", "Email Unsubscribed",
            "spamreport", "Email Marked as Spam");

    /** The fields kept as properties, under SendGrid's own names. */
    private static final List<String> PROPERTIES = List.of("sg_message_id", "url", "reason", "type", "status",
            "bounce_classification", "asm_group_id", "marketing_campaign_id", "marketing_campaign_name",
            "singlesend_id", "template_id", "sg_machine_open", "url_offset");

    private SendGridEventMapper() {
    }

    /**
     * @param item       one element of the delivered array
     * @param receivedAt when the delivery arrived
     * @return the event, a skip (deferred, group_resubscribe, kinds SendGrid adds later), or the broken rules
     */
    static ItemOutcome map(JsonNode item, Instant receivedAt) {
        List<Violation> v = new ArrayList<>();
        if (!item.isObject()) {
            return new ItemOutcome.Invalid(List.of(Violation.of("event", "type:object", "each event must be a JSON object")));
        }
        String kind = Fields.requiredText(item, "event", v);
        if (kind != null && !NAMES.containsKey(kind)) {
            // deferred is a retry in transit and group_resubscribe is no consent evidence; neither is a
            // touchpoint. Kinds SendGrid adds later are skipped too: refusing them would make it retry forever.
            return new ItemOutcome.Ignored(kind.length() <= 32 ? kind : "unknown");
        }
        String eventId = Fields.requiredText(item, "sg_event_id", v);
        String email = Fields.requiredText(item, "email", v);
        Instant timestamp = Fields.requiredUnixSeconds(item, "timestamp", v);
        if (!v.isEmpty()) {
            return new ItemOutcome.Invalid(v);
        }
        TouchpointEvent event = new TouchpointEvent("sendgrid-" + eventId, EventType.TRACK, NAMES.get(kind), null,
                properties(item, kind), Map.of(), timestamp, receivedAt, null, null, null, null,
                List.of(Identifier.of(IdentifierType.EMAIL, email)), context(item), null, SOURCE);
        List<Violation> canonical = EventValidator.validate(event);
        return canonical.isEmpty() ? new ItemOutcome.Event(event) : new ItemOutcome.Invalid(canonical);
    }

    private static Map<String, Object> properties(JsonNode item, String kind) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("sendgrid_event", kind);
        for (String field : PROPERTIES) {
            JsonNode n = item.get(field);
            if (n != null && !n.isNull() && !n.isContainerNode()) {
                p.put(field, EventJson.mapper().convertValue(n, Object.class));
            }
        }
        // category is a string or an array of strings
        JsonNode category = item.get("category");
        if (category != null && (category.isTextual() || category.isArray())) {
            List<String> categories = new ArrayList<>();
            if (category.isTextual()) {
                categories.add(category.asText());
            } else {
                category.forEach(c -> categories.add(c.asText()));
            }
            p.put("category", categories);
        }
        return p;
    }

    private static EventContext context(JsonNode item) {
        String campaignName = Fields.optionalText(item, "marketing_campaign_name");
        Campaign campaign = campaignName == null ? null : new Campaign(campaignName, "sendgrid", "email", null, null);
        return new EventContext("email", campaign, Map.of(), Fields.optionalText(item, "useragent"),
                Fields.optionalText(item, "ip"), null, null, null, Map.of());
    }
}
