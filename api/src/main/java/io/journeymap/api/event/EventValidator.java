package io.journeymap.api.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules every canonical event keeps, whichever connector produced it. Connectors check their
 * own wire format first (types, formats, sizes) and then this; both report {@link Violation}s that
 * name the field and the rule.
 */
public final class EventValidator {

    /** Longest accepted messageId, user id or anonymous id. */
    public static final int MAX_ID_LENGTH = 256;
    /** Longest accepted event or page name. */
    public static final int MAX_NAME_LENGTH = 256;
    /** Longest accepted free text (a long chat transcript). */
    public static final int MAX_TEXT_LENGTH = 32 * 1024;

    private EventValidator() {
    }

    /**
     * @param e the event
     * @return every broken rule, empty when the event is valid
     */
    public static List<Violation> validate(TouchpointEvent e) {
        List<Violation> v = new ArrayList<>();
        requireId(v, "messageId", e.messageId());
        if (e.type() == null) {
            v.add(Violation.of("type", "required", "type is required: one of identify, track, page, screen, group, alias"));
        }
        if (e.timestamp() == null) {
            v.add(Violation.of("timestamp", "required", "timestamp is required"));
        }
        if (e.receivedAt() == null) {
            v.add(Violation.of("receivedAt", "required", "receivedAt is required"));
        }
        if (e.source() == null || blank(e.source().connector()) || blank(e.source().instance())) {
            v.add(Violation.of("source", "required", "source with connector and instance is required"));
        }
        optionalId(v, "userId", e.userId());
        optionalId(v, "anonymousId", e.anonymousId());
        if (blank(e.userId()) && blank(e.anonymousId()) && e.identifiers().isEmpty()) {
            v.add(Violation.of("userId", "user-or-anonymous-id",
                    "userId or anonymousId (or another identifier) is required"));
        }
        for (int i = 0; i < e.identifiers().size(); i++) {
            Identifier id = e.identifiers().get(i);
            if (blank(id.value())) {
                v.add(Violation.of("identifiers[" + i + "].value", "not-blank", "identifier value must not be blank"));
            } else if (id.value().length() > 512) {
                v.add(Violation.of("identifiers[" + i + "].value", "max-length", "identifier value is longer than 512 characters"));
            }
        }
        if (e.type() != null) {
            switch (e.type()) {
                case TRACK -> requireName(v, "event", e.event(), "event is required for a track call");
                case GROUP -> requireId(v, "groupId", e.groupId());
                case ALIAS -> {
                    requireId(v, "previousId", e.previousId());
                    if (blank(e.userId())) {
                        v.add(Violation.of("userId", "required", "userId is required for an alias call"));
                    }
                }
                default -> { }
            }
        }
        if (e.name() != null && e.name().length() > MAX_NAME_LENGTH) {
            v.add(Violation.of("name", "max-length", "name is longer than " + MAX_NAME_LENGTH + " characters"));
        }
        if (e.text() != null && e.text().length() > MAX_TEXT_LENGTH) {
            v.add(Violation.of("text", "max-length", "text is longer than " + MAX_TEXT_LENGTH + " characters"));
        }
        return v;
    }

    private static void requireName(List<Violation> v, String field, String value, String message) {
        if (blank(value)) {
            v.add(Violation.of(field, "required", message));
        } else if (value.length() > MAX_NAME_LENGTH) {
            v.add(Violation.of(field, "max-length", field + " is longer than " + MAX_NAME_LENGTH + " characters"));
        }
    }

    private static void requireId(List<Violation> v, String field, String value) {
        if (blank(value)) {
            v.add(Violation.of(field, "required", field + " is required"));
        } else {
            optionalId(v, field, value);
        }
    }

    private static void optionalId(List<Violation> v, String field, String value) {
        if (value != null && value.length() > MAX_ID_LENGTH) {
            v.add(Violation.of(field, "max-length", field + " is longer than " + MAX_ID_LENGTH + " characters"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
