package io.journeymap.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical touchpoint event. Modelled on the Segment tracking spec so that existing SDKs can
 * send to journeymap unchanged; connectors map their own records to it.
 *
 * @param messageId   idempotency key, unique per {@link #source()}; a repeat is acknowledged and dropped
 * @param type        identify, track, page, screen, group or alias
 * @param event       the action's name, for {@code track}
 * @param name        the page or screen name, for {@code page} and {@code screen}
 * @param properties  properties of the action or view
 * @param traits      traits of the person (identify) or group (group)
 * @param timestamp   when it happened
 * @param receivedAt  when journeymap took it
 * @param userId      the application's user id, if known
 * @param anonymousId the anonymous visitor id, if known
 * @param groupId     the group, for {@code group}
 * @param previousId  the earlier id, for {@code alias}
 * @param identifiers every identifier the source knows, typed (includes userId and anonymousId)
 * @param context     channel, campaign, page, user agent, ip, locale, consent signals …
 * @param text        free text (chat transcript, email reply, comment) for sentiment scoring
 * @param source      the connector and instance that produced the event
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TouchpointEvent(
        String messageId,
        EventType type,
        String event,
        String name,
        Map<String, Object> properties,
        Map<String, Object> traits,
        Instant timestamp,
        Instant receivedAt,
        String userId,
        String anonymousId,
        String groupId,
        String previousId,
        List<Identifier> identifiers,
        EventContext context,
        String text,
        EventSource source) {

    /** Every type, strongest and most stable first (see {@link #partitionIdentifiers()}). */
    private static final List<IdentifierType> PARTITION_ORDER = List.of(IdentifierType.USER_ID, IdentifierType.EMAIL,
            IdentifierType.PHONE, IdentifierType.HASHED_EMAIL, IdentifierType.SALESFORCE_CONTACT_ID,
            IdentifierType.SALESFORCE_LEAD_ID, IdentifierType.HUBSPOT_CONTACT_ID, IdentifierType.ZENDESK_USER_ID,
            IdentifierType.INTERCOM_CONTACT_ID, IdentifierType.ANONYMOUS_ID, IdentifierType.DEVICE_ID,
            IdentifierType.ADVERTISING_ID, IdentifierType.COOKIE_ID, IdentifierType.GCLID, IdentifierType.GBRAID,
            IdentifierType.WBRAID, IdentifierType.FBCLID, IdentifierType.MSCLKID);

    /** Collections are never null, so consumers need no null checks. */
    public TouchpointEvent {
        properties = properties == null ? Map.of() : properties;
        traits = traits == null ? Map.of() : traits;
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        context = context == null ? EventContext.empty() : context;
    }

    /**
     * @param type an identifier type
     * @return the first identifier of that type, if any
     */
    public Optional<String> identifier(IdentifierType type) {
        return identifiers.stream().filter(i -> i.type() == type).map(Identifier::value).findFirst();
    }

    /**
     * The identifiers a partitioned log may key this event by, most stable first: the user id, then
     * the strong identifiers a CRM, email or support system knows (so a HubSpot or Salesforce record
     * stays in order with the rest of that person's events from the same system, and an erasure
     * finds its key), then the ids a shared browser or device carries, then ad click ids. A caller
     * takes the first it can normalise; an event with none names no person.
     *
     * @return the candidates in order, without repeats; empty when the event names no person
     */
    public List<Identifier> partitionIdentifiers() {
        Set<Identifier> out = new LinkedHashSet<>();
        for (IdentifierType type : PARTITION_ORDER) {
            if (type == IdentifierType.USER_ID && userId != null) {
                out.add(Identifier.of(type, userId));
            } else if (type == IdentifierType.ANONYMOUS_ID && anonymousId != null) {
                out.add(Identifier.of(type, anonymousId));
            }
            for (Identifier i : identifiers) {
                if (i.type() == type) {
                    out.add(i);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Never prints identifiers, properties or text: they are personal data. */
    @Override
    public String toString() {
        return "TouchpointEvent[" + type + " " + (source == null ? "?" : source.key()) + " messageId=" + messageId + "]";
    }
}
