package io.journeymap.connector.hubspot.internal;

import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.EventValidator;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps HubSpot CRM objects (the v3 shape: {@code id}, {@code properties}, {@code updatedAt}, and
 * {@code associations.contacts.results[].id}) to canonical touchpoint events.
 *
 * <ul>
 * <li>A contact is one {@code Contact Updated} event carrying every identifier HubSpot knows
 * (record id, emails, phones) and its traits, {@code hs_email_optout} among them for consent.</li>
 * <li>Companies, deals and engagements are events of the people associated with them: one event per
 * associated contact, since one event names one person (two contact ids in one event would merge two
 * people). An object with no associated contact concerns no person and is skipped, not an error.</li>
 * <li>messageIds are derived, never random, so a redelivered page dedupes: a contact or company
 * state is {@code id + modified}; a deal's stage is {@code id + stage + date entered}, so later
 * edits of the same deal do not repeat the stage change; an engagement is its {@code id} alone, since
 * correcting a logged call is not a second call.</li>
 * </ul>
 * A record that breaks a rule becomes a {@link DeadLetter} naming each broken rule; the rest of the
 * page goes on.
 */
public final class HubSpotRecordMapper {

    /** The connector name in every event's source. */
    public static final String CONNECTOR = "hubspot";

    /** The touchpoint of a deal entering a stage, made by the sync and by the webhook receiver alike. */
    static final String DEAL_STAGE_CHANGED = "Deal Stage Changed";

    private static final Set<String> TEXT_PROPERTIES = Set.of("hs_email_text", "hs_email_html", "hs_call_body",
            "hs_meeting_body", "hs_note_body", "hs_task_body");

    /** What one record became. */
    public sealed interface Outcome permits Mapped, DeadLetter, Skipped {
    }

    /**
     * @param events the record's events, one per person it concerns
     */
    public record Mapped(List<TouchpointEvent> events) implements Outcome {
    }

    /**
     * A record that cannot become an event; kept with the reason for the dead-letter channel.
     *
     * @param objectType the object type
     * @param objectId   its id, null when it had none
     * @param violations every broken rule
     */
    public record DeadLetter(String objectType, String objectId, List<Violation> violations) implements Outcome {
    }

    /**
     * A valid record that concerns no person (e.g. a note on a company only).
     *
     * @param objectType the object type
     * @param objectId   its id
     * @param reason     why it has no event
     */
    public record Skipped(String objectType, String objectId, String reason) implements Outcome {
    }

    /**
     * @param events      the events of every mapped record, in page order
     * @param deadLetters the records that broke a rule
     * @param skipped     the records that concern no person
     */
    public record PageResult(List<TouchpointEvent> events, List<DeadLetter> deadLetters, List<Skipped> skipped) {
    }

    private final String instance;

    /** @param instance the configured HubSpot account name, the events' source instance */
    public HubSpotRecordMapper(String instance) {
        this.instance = instance;
    }

    /**
     * @param type       the records' object type
     * @param records    one page of objects
     * @param receivedAt when they were read
     * @return events, dead letters and skipped records
     */
    public PageResult mapPage(HubSpotObjectType type, List<Map<String, Object>> records, Instant receivedAt) {
        List<TouchpointEvent> events = new ArrayList<>();
        List<DeadLetter> dead = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Map<String, Object> r : records) {
            Outcome o = map(type, r, receivedAt);
            if (o instanceof Mapped m) {
                events.addAll(m.events());
            } else if (o instanceof DeadLetter d) {
                dead.add(d);
            } else {
                skipped.add((Skipped) o);
            }
        }
        return new PageResult(events, dead, skipped);
    }

    /**
     * @param type       the object type
     * @param record     one object
     * @param receivedAt when it was read
     * @return its events, or why it has none
     */
    public Outcome map(HubSpotObjectType type, Map<String, Object> record, Instant receivedAt) {
        List<Violation> v = new ArrayList<>();
        String id = HubSpotRecords.id(record);
        if (id == null) {
            v.add(Violation.of("id", "required", "the object has no id"));
        }
        if (!(record.get("properties") instanceof Map<?, ?>)) {
            v.add(Violation.of("properties", "type:object", "properties must be a JSON object"));
            return new DeadLetter(type.path(), id, v);
        }
        Long modified = HubSpotRecords.modified(record, type);
        if (modified == null) {
            v.add(Violation.of("properties." + type.modifiedProperty(), "iso-8601",
                    type.modifiedProperty() + " must be an ISO-8601 datetime or epoch milliseconds"));
        }
        Draft d = new Draft(type, record, id, modified == null ? null : Instant.ofEpochMilli(modified), receivedAt, v);
        List<TouchpointEvent> events = switch (type) {
            case CONTACTS -> List.of(contact(d));
            case COMPANIES -> perContact(d, d.company());
            case DEALS -> perContact(d, d.deal());
            default -> perContact(d, d.engagement());
        };
        for (TouchpointEvent e : events) {
            for (Violation c : EventValidator.validate(e)) {
                if (!v.contains(c)) {
                    v.add(c);
                }
            }
        }
        if (!v.isEmpty()) {
            return new DeadLetter(type.path(), id, v);
        }
        if (events.isEmpty()) {
            return new Skipped(type.path(), id, "no associated contact");
        }
        return new Mapped(events);
    }

    private TouchpointEvent contact(Draft d) {
        List<Identifier> ids = new ArrayList<>();
        add(ids, IdentifierType.HUBSPOT_CONTACT_ID, d.id);
        add(ids, IdentifierType.EMAIL, d.prop("email"));
        String additional = d.prop("hs_additional_emails");
        if (additional != null) {
            for (String e : additional.split(";")) {
                add(ids, IdentifierType.EMAIL, e.trim());
            }
        }
        add(ids, IdentifierType.PHONE, d.prop("phone"));
        add(ids, IdentifierType.PHONE, d.prop("mobilephone"));

        Map<String, Object> traits = new LinkedHashMap<>();
        put(traits, "email", d.prop("email"));
        put(traits, "firstName", d.prop("firstname"));
        put(traits, "lastName", d.prop("lastname"));
        put(traits, "phone", d.prop("phone"));
        put(traits, "title", d.prop("jobtitle"));
        if (d.prop("company") != null) {
            traits.put("company", Map.of("name", d.prop("company")));
        }
        Map<String, Object> address = new LinkedHashMap<>();
        put(address, "city", d.prop("city"));
        put(address, "state", d.prop("state"));
        put(address, "country", d.prop("country"));
        put(address, "postalCode", d.prop("zip"));
        if (!address.isEmpty()) {
            traits.put("address", address);
        }
        put(traits, "lifecycleStage", d.prop("lifecyclestage"));
        put(traits, "createdAt", d.prop("createdate"));
        String optOut = d.prop("hs_email_optout");
        if (optOut != null) {
            traits.put("hs_email_optout", Boolean.parseBoolean(optOut));
        }
        return d.event(EventType.TRACK, "Contact Updated", d.stateId(null), d.modified, traits, d.hubspotProperties(),
                ids, null, null, "crm");
    }

    /** Builds one event for one associated contact. */
    @FunctionalInterface
    private interface PerContact {
        TouchpointEvent build(String contactId);
    }

    private static List<TouchpointEvent> perContact(Draft d, PerContact build) {
        List<TouchpointEvent> events = new ArrayList<>();
        for (String contactId : d.associatedContacts()) {
            events.add(build.build(contactId));
        }
        return events;
    }

    /** The draft of one record's events: its fields, read once, and the violations found so far. */
    private final class Draft {
        final HubSpotObjectType type;
        final Map<String, Object> record;
        final String id;
        final Instant modified;
        final Instant receivedAt;
        final List<Violation> violations;

        Draft(HubSpotObjectType type, Map<String, Object> record, String id, Instant modified, Instant receivedAt,
                List<Violation> violations) {
            this.type = type;
            this.record = record;
            this.id = id;
            this.modified = modified;
            this.receivedAt = receivedAt;
            this.violations = violations;
        }

        String prop(String name) {
            return HubSpotRecords.property(record, name);
        }

        Instant time(String name) {
            String raw = prop(name);
            Instant at = HubSpotRecords.instant(raw);
            if (raw != null && at == null) {
                violations.add(Violation.of("properties." + name, "iso-8601",
                        name + " must be an ISO-8601 datetime or epoch milliseconds"));
            }
            return at;
        }

        String stateId(String contactId) {
            return CONNECTOR + ":" + type.path() + ":" + id + ":" + (modified == null ? "?" : modified.toEpochMilli())
                    + (contactId == null ? "" : ":" + contactId);
        }

        List<String> associatedContacts() {
            List<String> ids = new ArrayList<>();
            if (record.get("associations") instanceof Map<?, ?> a && a.get("contacts") instanceof Map<?, ?> c
                    && c.get("results") instanceof List<?> results) {
                for (Object r : results) {
                    if (r instanceof Map<?, ?> m && m.get("id") != null && !ids.contains(m.get("id").toString())) {
                        ids.add(m.get("id").toString());
                    }
                }
            }
            return ids;
        }

        Map<String, Object> hubspotProperties() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("hubspotObjectType", type.path());
            p.put("hubspotObjectId", id);
            if (record.get("properties") instanceof Map<?, ?> raw) {
                Map<String, Object> kept = new LinkedHashMap<>();
                raw.forEach((k, val) -> {
                    if (val != null && !TEXT_PROPERTIES.contains(k.toString())) {
                        kept.put(k.toString(), val);
                    }
                });
                p.put("hubspot", kept);
            }
            return p;
        }

        PerContact company() {
            Map<String, Object> traits = new LinkedHashMap<>();
            put(traits, "name", prop("name"));
            put(traits, "website", prop("domain"));
            put(traits, "industry", prop("industry"));
            put(traits, "employees", prop("numberofemployees"));
            put(traits, "lifecycleStage", prop("lifecyclestage"));
            return contactId -> new TouchpointEvent(stateId(contactId), EventType.GROUP, null, null,
                    hubspotProperties(), traits, orReceived(modified), receivedAt, null, null, id, null,
                    List.of(Identifier.of(IdentifierType.HUBSPOT_CONTACT_ID, contactId)), context("crm"), null,
                    source());
        }

        PerContact deal() {
            String stage = prop("dealstage");
            Instant entered = time("hs_v2_date_entered_current_stage");
            Map<String, Object> p = hubspotProperties();
            put(p, "dealName", prop("dealname"));
            put(p, "stage", stage);
            put(p, "pipeline", prop("pipeline"));
            put(p, "amount", number(prop("amount")));
            put(p, "closeDate", prop("closedate"));
            boolean stageKnown = stage != null && entered != null;
            return contactId -> stageKnown
                    ? event(EventType.TRACK, DEAL_STAGE_CHANGED, CONNECTOR + ":deals:" + id + ":stage:" + stage + ":"
                            + entered.toEpochMilli() + ":" + contactId, entered, null, p,
                            List.of(Identifier.of(IdentifierType.HUBSPOT_CONTACT_ID, contactId)), null, null, "crm")
                    : event(EventType.TRACK, "Deal Updated", stateId(contactId), modified, null, p,
                            List.of(Identifier.of(IdentifierType.HUBSPOT_CONTACT_ID, contactId)), null, null, "crm");
        }

        PerContact engagement() {
            Instant at = time("hs_timestamp");
            if (at == null) {
                at = HubSpotRecords.instant(prop("hs_createdate"));
            }
            Instant when = at != null ? at : modified;
            Map<String, Object> p = hubspotProperties();
            String name;
            String text;
            String channel = "crm";
            switch (type) {
                case EMAILS -> {
                    name = "INCOMING_EMAIL".equals(prop("hs_email_direction")) ? "Email Received" : "Email Sent";
                    text = prop("hs_email_text") != null ? prop("hs_email_text") : PlainText.of(prop("hs_email_html"));
                    put(p, "subject", prop("hs_email_subject"));
                    channel = "email";
                }
                case CALLS -> {
                    name = "Call Logged";
                    text = PlainText.of(prop("hs_call_body"));
                    put(p, "title", prop("hs_call_title"));
                    put(p, "durationMs", number(prop("hs_call_duration")));
                    channel = "phone";
                }
                case MEETINGS -> {
                    name = "Meeting Logged";
                    text = PlainText.of(prop("hs_meeting_body"));
                    put(p, "title", prop("hs_meeting_title"));
                    put(p, "outcome", prop("hs_meeting_outcome"));
                }
                case NOTES -> {
                    name = "Note Added";
                    text = PlainText.of(prop("hs_note_body"));
                }
                default -> {
                    name = "Task Created";
                    text = PlainText.of(prop("hs_task_body"));
                    put(p, "subject", prop("hs_task_subject"));
                    put(p, "status", prop("hs_task_status"));
                }
            }
            // A long email body is still the touchpoint: keep the start rather than drop the event.
            if (text != null && text.length() > EventValidator.MAX_TEXT_LENGTH) {
                text = text.substring(0, EventValidator.MAX_TEXT_LENGTH);
                p.put("textTruncated", true);
            }
            String body = text == null || text.isEmpty() ? null : text;
            String eventName = name;
            String ch = channel;
            return contactId -> event(EventType.TRACK, eventName, CONNECTOR + ":" + type.path() + ":" + id + ":"
                    + contactId, when, null, p, List.of(Identifier.of(IdentifierType.HUBSPOT_CONTACT_ID, contactId)),
                    null, body, ch);
        }

        TouchpointEvent event(EventType eventType, String name, String messageId, Instant at,
                Map<String, Object> traits, Map<String, Object> properties, List<Identifier> ids, String groupId,
                String text, String channel) {
            return new TouchpointEvent(messageId, eventType, name, null, properties, traits, orReceived(at), receivedAt,
                    null, null, groupId, null, ids, context(channel), text, source());
        }

        private Instant orReceived(Instant at) {
            // Only reached when a violation is recorded already; keeps the validator from adding a second one.
            return at != null ? at : receivedAt;
        }

        private EventContext context(String channel) {
            return new EventContext(channel, null, Map.of(), null, null, null, null, null, Map.of());
        }

        private EventSource source() {
            return new EventSource(CONNECTOR, instance);
        }
    }

    private static void add(List<Identifier> ids, IdentifierType type, String value) {
        if (value != null && !value.isBlank()) {
            Identifier i = Identifier.of(type, value.trim());
            if (!ids.contains(i)) {
                ids.add(i);
            }
        }
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static Object number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
