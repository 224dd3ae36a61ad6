package io.journeymap.identity.internal;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.identity.IdentityResolver;
import org.osgi.service.component.annotations.Component;

/**
 * The simplest deterministic rule: the profile is the user id when the event has one, else the
 * anonymous id, else the event's first identifier. Two ids of one person are not joined; the
 * identity graph replaces this rule.
 */
@Component(service = IdentityResolver.class, property = "rule=user-id-else-anonymous-id")
public class UserIdElseAnonymousIdResolver implements IdentityResolver {

    /** Prefix that keeps anonymous profiles apart from user ids that happen to be equal. */
    static final String ANONYMOUS_PREFIX = "anonymous:";

    @Override
    public String resolveProfile(TouchpointEvent event) {
        if (event.userId() != null && !event.userId().isBlank()) {
            return event.userId();
        }
        if (event.anonymousId() != null && !event.anonymousId().isBlank()) {
            return ANONYMOUS_PREFIX + event.anonymousId();
        }
        if (!event.identifiers().isEmpty()) {
            Identifier first = event.identifiers().get(0);
            return first.type().wireName() + ":" + first.value();
        }
        throw new IllegalArgumentException("event " + event.messageId() + " names no person");
    }
}
