package io.journeymap.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
     * The key that keeps one person's events in order on a partitioned log: the user id when
     * known, else the anonymous id.
     *
     * @return the partition key, or {@code messageId} when the event names no person
     */
    public String partitionKey() {
        if (userId != null) {
            return userId;
        }
        return anonymousId != null ? anonymousId : messageId;
    }

    /** Never prints identifiers, properties or text: they are personal data. */
    @Override
    public String toString() {
        return "TouchpointEvent[" + type + " " + (source == null ? "?" : source.key()) + " messageId=" + messageId + "]";
    }
}
