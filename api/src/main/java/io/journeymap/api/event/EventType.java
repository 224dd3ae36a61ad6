package io.journeymap.api.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The kind of a touchpoint event, as in the Segment tracking spec. */
public enum EventType {
    /** Who the person is: traits such as email or name. */
    IDENTIFY,
    /** Something the person did: {@code event} names it. */
    TRACK,
    /** A web page viewed: {@code name} names it. */
    PAGE,
    /** A mobile screen viewed: {@code name} names it. */
    SCREEN,
    /** The person belongs to a group (account, company): {@code groupId} names it. */
    GROUP,
    /** Two identities are the same person: {@code previousId} is the old one. */
    ALIAS;

    /** @return the lower-case wire name, e.g. {@code "track"} */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param wireName a wire name such as {@code "track"}, any case
     * @return the type, or empty when the name is not a known type
     */
    public static Optional<EventType> fromWireName(String wireName) {
        if (wireName == null) {
            return Optional.empty();
        }
        for (EventType t : values()) {
            if (t.wireName().equalsIgnoreCase(wireName)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Jackson entry point; unknown names fail with the valid ones listed. */
    @JsonCreator
    static EventType ofJson(String wireName) {
        return fromWireName(wireName).orElseThrow(() -> new IllegalArgumentException(
                "unknown event type '" + wireName + "', expected one of identify, track, page, screen, group, alias"));
    }
}
