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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Maps HubSpot webhook events to canonical events. Creations and property changes of contacts,
 * deals and companies are touchpoints; a contact's event names the contact, a deal's or company's
 * goes to each associated contact (read from the CRM, as the webhook carries none). Other
 * subscriptions (deletions, merges, association changes …) are acknowledged and passed over: they
 * describe the CRM's bookkeeping, not the customer. messageIds derive from HubSpot's eventId, so a
 * redelivered webhook dedupes.
 *
 * <p>A deal's stage change is the one touchpoint the CRM sync also produces. Where the deal could be
 * read and still stands in the stage the webhook names, its event is the sync's own ({@link
 * HubSpotRecordMapper}, messageId from the deal, the stage and the time it entered it), so the two
 * paths store it once; a stage the deal has already left is one the sync will never see, and keeps
 * the webhook's id.
 */
final class HubSpotWebhookMapper {

    /** The object kinds whose events need their associated contacts. */
    static final Set<String> VIA_CONTACTS = Set.of("deal", "company");

    private static final Set<String> CHANGES = Set.of("creation", "propertyChange");

    /**
     * @param events      the mapped events
     * @param rejected    events that broke a rule, by their index in the request
     * @param skipped     how many events were passed over (unsupported, or no associated contact)
     */
    record Result(List<TouchpointEvent> events, Map<Integer, List<Violation>> rejected, int skipped) {
    }

    /**
     * What the CRM said about the objects a delivery names; empty without an access token.
     *
     * @param contacts for deals and companies, their associated contact ids by object id
     * @param deals    deals whose stage changed, as the sync reads them (associated contacts attached), by id
     */
    record CrmLookups(Map<Long, List<String>> contacts, Map<Long, Map<String, Object>> deals) {
        /** Nothing could be read. */
        static final CrmLookups NONE = new CrmLookups(Map.of(), Map.of());
    }

    private final String instance;
    private final HubSpotRecordMapper records;

    HubSpotWebhookMapper(String instance) {
        this.instance = instance;
        this.records = new HubSpotRecordMapper(instance);
    }

    /** @return whether the event moved a deal to another stage */
    static boolean isStageChange(WebhookEvent e) {
        return e.objectKind().equals("deal") && e.change().equals("propertyChange") && "dealstage".equals(e.propertyName());
    }

    /** @return whether the event is one this mapper turns into touchpoints */
    static boolean supported(WebhookEvent e) {
        return CHANGES.contains(e.change()) && (e.objectKind().equals("contact") || VIA_CONTACTS.contains(e.objectKind()));
    }

    /**
     * @param events     the request's events
     * @param crm        what the CRM said about the objects they name
     * @param receivedAt when the request arrived
     * @return the events, the rejected and the count passed over
     */
    Result map(List<WebhookEvent> events, CrmLookups crm, Instant receivedAt) {
        Map<Long, List<String>> contacts = crm.contacts();
        Set<Long> dealsMapped = new HashSet<>();
        List<TouchpointEvent> out = new ArrayList<>();
        Map<Integer, List<Violation>> rejected = new LinkedHashMap<>();
        int skipped = 0;
        for (int i = 0; i < events.size(); i++) {
            WebhookEvent e = events.get(i);
            if (!supported(e)) {
                skipped++;
                continue;
            }
            List<TouchpointEvent> asTheSyncMapsIt = isStageChange(e) ? syncEvents(e, crm.deals(), receivedAt) : null;
            if (asTheSyncMapsIt != null) {
                if (dealsMapped.add(e.objectId())) {
                    out.addAll(asTheSyncMapsIt);
                } else {
                    skipped++; // the same deal twice in one delivery, already mapped from its record
                }
                continue;
            }
            List<String> people = e.objectKind().equals("contact") ? List.of(Long.toString(e.objectId()))
                    : contacts.getOrDefault(e.objectId(), List.of());
            if (people.isEmpty()) {
                skipped++;
                continue;
            }
            List<TouchpointEvent> mapped = new ArrayList<>();
            List<Violation> violations = new ArrayList<>();
            for (String contactId : people) {
                TouchpointEvent t = event(e, contactId, people.size() > 1 || !e.objectKind().equals("contact"),
                        receivedAt);
                violations.addAll(EventValidator.validate(t));
                mapped.add(t);
            }
            if (violations.isEmpty()) {
                out.addAll(mapped);
            } else {
                rejected.put(i, violations.stream().distinct().toList());
            }
        }
        return new Result(out, rejected, skipped);
    }

    /** The deal's stage-change events as the sync makes them, or null when its record cannot give them. */
    private List<TouchpointEvent> syncEvents(WebhookEvent e, Map<Long, Map<String, Object>> deals, Instant receivedAt) {
        Map<String, Object> deal = deals.get(e.objectId());
        if (deal == null || !(deal.get("properties") instanceof Map<?, ?> p)
                || !Objects.equals(p.get("dealstage"), e.propertyValue())) {
            return null;
        }
        if (records.map(HubSpotObjectType.DEALS, deal, receivedAt) instanceof HubSpotRecordMapper.Mapped m
                && !m.events().isEmpty() && m.events().stream().allMatch(t -> HubSpotRecordMapper.DEAL_STAGE_CHANGED.equals(t.event()))) {
            return m.events();
        }
        return null;
    }

    private TouchpointEvent event(WebhookEvent e, String contactId, boolean perContact, Instant receivedAt) {
        List<Identifier> ids = new ArrayList<>();
        ids.add(Identifier.of(IdentifierType.HUBSPOT_CONTACT_ID, contactId));
        if (e.objectKind().equals("contact") && "email".equals(e.propertyName()) && e.propertyValue() != null
                && e.propertyValue().contains("@")) {
            ids.add(Identifier.of(IdentifierType.EMAIL, e.propertyValue().trim()));
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("hubspotObjectType", e.objectKind());
        properties.put("hubspotObjectId", Long.toString(e.objectId()));
        properties.put("subscriptionType", e.subscriptionType());
        properties.put("hubspotEventId", e.eventId());
        if (e.propertyName() != null) {
            properties.put("propertyName", e.propertyName());
            if (e.propertyValue() != null) {
                properties.put("propertyValue", e.propertyValue());
            }
        }
        String messageId = HubSpotRecordMapper.CONNECTOR + ":webhook:" + e.eventId() + (perContact ? ":" + contactId : "");
        return new TouchpointEvent(messageId, EventType.TRACK, name(e), null, properties, null,
                Instant.ofEpochMilli(e.occurredAt()), receivedAt, null, null,
                e.objectKind().equals("company") ? Long.toString(e.objectId()) : null, null, ids,
                new EventContext("crm", null, Map.of(), null, null, null, null, null, Map.of()), null,
                new EventSource(HubSpotRecordMapper.CONNECTOR, instance));
    }

    private static String name(WebhookEvent e) {
        String kind = Character.toUpperCase(e.objectKind().charAt(0)) + e.objectKind().substring(1);
        if (e.change().equals("creation")) {
            return kind + " Created";
        }
        if (isStageChange(e)) {
            return HubSpotRecordMapper.DEAL_STAGE_CHANGED;
        }
        return kind + " Property Changed";
    }
}
