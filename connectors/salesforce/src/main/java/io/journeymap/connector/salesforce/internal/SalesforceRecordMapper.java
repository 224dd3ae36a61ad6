package io.journeymap.connector.salesforce.internal;

import io.journeymap.api.event.Campaign;
import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.EventValidator;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps Salesforce records, as a SOQL query returns them, to canonical touchpoint events named as the
 * journey map's taxonomy expects.
 *
 * <ul>
 * <li>Lead and Contact: {@code Lead Created} / {@code Contact Created} at CreatedDate, plus an
 * {@code identify} with the person's traits as of SystemModstamp ({@code HasOptedOutOfEmail} among
 * them, which the consent bundle reads as an email opt-out), so a later edit is a new identify.</li>
 * <li>Opportunity: {@code Opportunity Created} and {@code Opportunity Stage Changed} with {@code stage},
 * for the opportunity's primary contact (ContactId). The stage event's messageId is Id + stage +
 * LastStageChangeDate (CreatedDate while the stage never changed), so an edit of the amount does not
 * repeat the stage change but entering the same stage again later does count.</li>
 * <li>Task: {@code Task Created}, and {@code Task Completed} once closed; Event: {@code Event Logged};
 * Case: {@code Case Created}; each with Subject and Description as {@code text}.</li>
 * <li>CampaignMember: {@code Campaign Member Added} with the campaign in context.</li>
 * </ul>
 * Every event carries every identifier the record knows: lead and contact ids, emails, phones. All
 * messageIds are derived from the record, never random, so a record read twice dedupes. A record that
 * breaks a rule is a {@link DeadLetter} naming each rule; a valid record that names no person (a task
 * on an account only) is {@link Skipped}.
 */
public final class SalesforceRecordMapper {

    /** The connector name in every event's source. */
    public static final String CONNECTOR = "salesforce";

    /** What one record became. */
    public sealed interface Outcome permits Mapped, DeadLetter, Skipped {
    }

    /** @param events the record's events */
    public record Mapped(List<TouchpointEvent> events) implements Outcome {
    }

    /**
     * @param objectType the object's API name
     * @param recordId   its Id, null when it had none
     * @param violations every broken rule (never a field's value: they may be personal data)
     */
    public record DeadLetter(String objectType, String recordId, List<Violation> violations) implements Outcome {
    }

    /**
     * @param objectType the object's API name
     * @param recordId   its Id
     * @param reason     why it has no event
     */
    public record Skipped(String objectType, String recordId, String reason) implements Outcome {
    }

    private final String instance;

    /** @param instance the configured org name, the events' source instance */
    public SalesforceRecordMapper(String instance) {
        this.instance = instance;
    }

    /**
     * @param queried    the object the query read
     * @param fields     one record
     * @param receivedAt when it was read
     * @return its events, or why it has none
     */
    public Outcome map(SalesforceObject queried, Map<String, Object> fields, Instant receivedAt) {
        List<Violation> v = new ArrayList<>();
        SalesforceRecord r = new SalesforceRecord(fields, v);
        String id = r.id();
        if (id == null) {
            v.add(Violation.of("Id", "required", "the record has no Id"));
        }
        if (r.type() != null && !r.type().equals(queried.apiName())) {
            v.add(Violation.of("attributes.type", "object-type", "a " + queried.apiName() + " query returned a "
                    + r.type()));
        }
        Instant modstamp = r.requiredTime("SystemModstamp");
        Draft d = new Draft(queried, r, id, modstamp, receivedAt, v);
        List<TouchpointEvent> events = v.isEmpty() ? switch (queried) {
            case LEAD -> d.person("Lead Created", new PersonIdentifiers().lead(id)
                    .contact(r.text("ConvertedContactId")));
            case CONTACT -> d.person("Contact Created", new PersonIdentifiers().contact(id));
            case OPPORTUNITY -> d.opportunity();
            case TASK -> d.task();
            case EVENT -> d.calendarEvent();
            case CASE -> d.supportCase();
            case CAMPAIGN_MEMBER -> d.campaignMember();
        } : List.of();
        for (TouchpointEvent e : events) {
            for (Violation c : EventValidator.validate(e)) {
                if (!v.contains(c)) {
                    v.add(c);
                }
            }
        }
        if (!v.isEmpty()) {
            return new DeadLetter(queried.apiName(), id, v);
        }
        if (events.isEmpty()) {
            return new Skipped(queried.apiName(), id, d.skipReason);
        }
        return new Mapped(events);
    }

    /** One record's events in the making. */
    private final class Draft {
        final SalesforceObject object;
        final SalesforceRecord r;
        final String id;
        final Instant modstamp;
        final Instant receivedAt;
        final List<Violation> violations;
        String skipReason = "names no lead or contact";

        Draft(SalesforceObject object, SalesforceRecord r, String id, Instant modstamp, Instant receivedAt,
                List<Violation> violations) {
            this.violations = violations;
            this.object = object;
            this.r = r;
            this.id = id;
            this.modstamp = modstamp;
            this.receivedAt = receivedAt;
        }

        List<TouchpointEvent> person(String createdEvent, PersonIdentifiers ids) {
            ids.email(r.text("Email")).phone(r.text("Phone")).phone(r.text("MobilePhone"));
            Map<String, Object> traits = new LinkedHashMap<>();
            put(traits, "email", r.text("Email"));
            put(traits, "firstName", r.text("FirstName"));
            put(traits, "lastName", r.text("LastName"));
            put(traits, "phone", r.text("Phone"));
            put(traits, "title", r.text("Title"));
            if (r.text("Company") != null) {
                traits.put("company", Map.of("name", r.text("Company")));
            }
            Map<String, Object> address = new LinkedHashMap<>();
            put(address, "city", first(r.text("City"), r.text("MailingCity")));
            put(address, "state", first(r.text("State"), r.text("MailingState")));
            put(address, "country", first(r.text("Country"), r.text("MailingCountry")));
            put(address, "postalCode", first(r.text("PostalCode"), r.text("MailingPostalCode")));
            if (!address.isEmpty()) {
                traits.put("address", address);
            }
            put(traits, "leadSource", r.text("LeadSource"));
            put(traits, "leadStatus", r.text("Status"));
            put(traits, "industry", r.text("Industry"));
            put(traits, "HasOptedOutOfEmail", r.bool("HasOptedOutOfEmail"));
            put(traits, "DoNotCall", r.bool("DoNotCall"));
            Map<String, Object> p = properties();
            put(p, "leadSource", r.text("LeadSource"));
            put(p, "status", r.text("Status"));
            put(p, "isConverted", r.bool("IsConverted"));
            Instant created = r.requiredTime("CreatedDate");
            return List.of(
                    event(EventType.TRACK, createdEvent, "created", created, null, p, ids.list(), null, "crm"),
                    event(EventType.IDENTIFY, null, "state:" + millis(modstamp), modstamp, traits, properties(),
                            ids.list(), null, "crm"));
        }

        List<TouchpointEvent> opportunity() {
            PersonIdentifiers ids = new PersonIdentifiers().contact(r.text("ContactId"));
            if (ids.isEmpty()) {
                skipReason = "has no primary contact (ContactId)";
                return List.of();
            }
            String stage = r.text("StageName");
            Instant created = r.requiredTime("CreatedDate");
            Instant stageSince = r.time("LastStageChangeDate");
            Instant enteredStage = stageSince != null ? stageSince : created;
            Map<String, Object> p = properties();
            put(p, "name", r.text("Name"));
            put(p, "stage", stage);
            put(p, "amount", r.number("Amount"));
            put(p, "closeDate", r.text("CloseDate"));
            put(p, "isClosed", r.bool("IsClosed"));
            put(p, "isWon", r.bool("IsWon"));
            put(p, "accountId", r.text("AccountId"));
            put(p, "type", r.text("Type"));
            List<TouchpointEvent> events = new ArrayList<>();
            events.add(event(EventType.TRACK, "Opportunity Created", "created", created, null, p, ids.list(), null,
                    "crm"));
            if (stage == null) {
                violations.add(Violation.of("StageName", "required", "an opportunity always has a StageName"));
            } else {
                events.add(event(EventType.TRACK, "Opportunity Stage Changed", "stage:" + stage + ":"
                        + millis(enteredStage), enteredStage, null, p, ids.list(), null, "crm"));
            }
            return events;
        }

        List<TouchpointEvent> task() {
            PersonIdentifiers ids = new PersonIdentifiers().who(r.text("WhoId"));
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<String, Object> p = activityProperties();
            put(p, "status", r.text("Status"));
            put(p, "priority", r.text("Priority"));
            put(p, "activityDate", r.text("ActivityDate"));
            put(p, "subtype", r.text("TaskSubtype"));
            String subtype = r.text("TaskSubtype");
            String channel = "Email".equals(subtype) ? "email" : "Call".equals(subtype) ? "phone" : "crm";
            Instant created = r.requiredTime("CreatedDate");
            Instant completedAt = r.time("CompletedDateTime");
            List<TouchpointEvent> events = new ArrayList<>();
            events.add(event(EventType.TRACK, "Task Created", "created", created, null, p, ids.list(), text(), channel));
            if (Boolean.TRUE.equals(r.bool("IsClosed"))) {
                Instant done = completedAt != null ? completedAt : first(r.time("LastModifiedDate"), modstamp);
                events.add(event(EventType.TRACK, "Task Completed", "completed", done, null, p, ids.list(), text(),
                        channel));
            }
            return events;
        }

        List<TouchpointEvent> calendarEvent() {
            PersonIdentifiers ids = new PersonIdentifiers().who(r.text("WhoId"));
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<String, Object> p = activityProperties();
            put(p, "startDateTime", r.text("StartDateTime"));
            put(p, "endDateTime", r.text("EndDateTime"));
            put(p, "durationMinutes", r.number("DurationInMinutes"));
            put(p, "location", r.text("Location"));
            put(p, "subtype", r.text("EventSubtype"));
            Instant start = first(r.time("StartDateTime"), r.time("ActivityDateTime"));
            Instant at = start != null ? start : r.requiredTime("CreatedDate");
            // correcting a logged meeting is not a second meeting: the Id alone keys it
            return List.of(event(EventType.TRACK, "Event Logged", "logged", at, null, p, ids.list(), text(), "crm"));
        }

        List<TouchpointEvent> supportCase() {
            PersonIdentifiers ids = new PersonIdentifiers().contact(r.text("ContactId"))
                    .email(r.text("ContactEmail")).email(r.text("SuppliedEmail"))
                    .phone(r.text("ContactPhone")).phone(r.text("ContactMobile")).phone(r.text("SuppliedPhone"));
            if (ids.isEmpty()) {
                skipReason = "names no contact, email or phone";
                return List.of();
            }
            Map<String, Object> p = activityProperties();
            put(p, "caseNumber", r.text("CaseNumber"));
            put(p, "status", r.text("Status"));
            put(p, "priority", r.text("Priority"));
            put(p, "origin", r.text("Origin"));
            put(p, "reason", r.text("Reason"));
            return List.of(event(EventType.TRACK, "Case Created", "created", r.requiredTime("CreatedDate"), null, p,
                    ids.list(), text(), "support"));
        }

        List<TouchpointEvent> campaignMember() {
            PersonIdentifiers ids = new PersonIdentifiers().lead(r.text("LeadId")).contact(r.text("ContactId"))
                    .email(r.text("Email")).phone(r.text("Phone")).phone(r.text("MobilePhone"));
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<String, Object> p = properties();
            put(p, "campaignId", r.text("CampaignId"));
            put(p, "status", r.text("Status"));
            put(p, "hasResponded", r.bool("HasResponded"));
            put(p, "firstRespondedDate", r.text("FirstRespondedDate"));
            Map<String, Object> traits = new LinkedHashMap<>();
            put(traits, "HasOptedOutOfEmail", r.bool("HasOptedOutOfEmail"));
            Campaign campaign = new Campaign(r.related("Campaign", "Name"), "salesforce", null, null, null);
            EventContext context = new EventContext("crm", campaign, Map.of(), null, null, null, null, null, Map.of());
            TouchpointEvent e = event(EventType.TRACK, "Campaign Member Added", "added", r.requiredTime("CreatedDate"),
                    traits, p, ids.list(), null, "crm");
            return List.of(new TouchpointEvent(e.messageId(), e.type(), e.event(), null, e.properties(), e.traits(),
                    e.timestamp(), e.receivedAt(), null, null, null, null, e.identifiers(), context, null, e.source()));
        }

        private Map<String, Object> properties() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("salesforceObject", object.apiName());
            p.put("salesforceId", id);
            return p;
        }

        private Map<String, Object> activityProperties() {
            Map<String, Object> p = properties();
            put(p, "subject", r.text("Subject"));
            put(p, "type", r.text("Type"));
            put(p, "whatId", r.text("WhatId"));
            return p;
        }

        /** Subject and Description together: both are the person's or agent's words, for sentiment. */
        private String text() {
            String subject = r.text("Subject");
            String description = r.text("Description");
            String t = subject == null ? description : description == null ? subject : subject + "\n\n" + description;
            // a long description is still the touchpoint: keep its start rather than drop the event
            return t != null && t.length() > EventValidator.MAX_TEXT_LENGTH ? t.substring(0, EventValidator.MAX_TEXT_LENGTH) : t;
        }

        private TouchpointEvent event(EventType type, String name, String suffix, Instant at, Map<String, Object> traits,
                Map<String, Object> properties, List<Identifier> ids, String text, String channel) {
            String messageId = CONNECTOR + ":" + object.apiName() + ":" + id + ":" + suffix;
            // at is only null after a violation was recorded; receivedAt keeps the validator from adding another
            return new TouchpointEvent(messageId, type, name, null, properties, traits, at != null ? at : receivedAt,
                    receivedAt, null, null, null, null, ids,
                    new EventContext(channel, null, Map.of(), null, null, null, null, null, Map.of()), text,
                    new EventSource(CONNECTOR, instance));
        }
    }

    private static String millis(Instant at) {
        return at == null ? "?" : Long.toString(at.toEpochMilli());
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
