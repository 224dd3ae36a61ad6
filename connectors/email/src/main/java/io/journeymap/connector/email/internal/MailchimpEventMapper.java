package io.journeymap.connector.email.internal;

import io.journeymap.camel.ItemOutcome;

import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.EventValidator;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps one Mailchimp list webhook ({@code type}, {@code fired_at}, {@code data[...]}) to the
 * canonical event: an unsubscribe or a cleaned address is a touchpoint (and the unsubscribe a
 * consent signal, through its name); a profile or email change is an identify; a campaign's status
 * names no person and is acknowledged without storing.
 */
final class MailchimpEventMapper {

    static final EventSource SOURCE = new EventSource("email", "mailchimp");

    /** Mailchimp's {@code fired_at}: {@code 2009-03-26 21:35:57}, in UTC. */
    private static final DateTimeFormatter FIRED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private MailchimpEventMapper() {
    }

    static ItemOutcome map(MailchimpForm form, Instant receivedAt) {
        List<Violation> v = new ArrayList<>();
        String type = form.get("type");
        if (type == null) {
            v.add(Violation.of("type", "required", "type is required"));
        } else if ("campaign".equals(type)) {
            return new ItemOutcome.Ignored("campaign");
        } else if (!List.of("subscribe", "unsubscribe", "profile", "upemail", "cleaned").contains(type)) {
            v.add(Violation.of("type", "one-of", "type must be one of subscribe, unsubscribe, profile, upemail, cleaned, campaign"));
        }
        Instant firedAt = firedAt(form.get("fired_at"), v);
        String emailField = "upemail".equals(type) ? "data[new_email]" : "data[email]";
        String email = form.get(emailField);
        if (email == null) {
            v.add(Violation.of(emailField, "required", emailField + " is required"));
        }
        if (!v.isEmpty()) {
            return new ItemOutcome.Invalid(v);
        }
        TouchpointEvent event = switch (type) {
            case "subscribe" -> track(form, "Email Subscribed", email, firedAt, receivedAt, traits(form, email));
            case "unsubscribe" -> track(form, "abuse".equals(form.get("data[reason]")) ? "Email Marked as Spam"
                    : "Email Unsubscribed", email, firedAt, receivedAt, Map.of());
            case "cleaned" -> track(form, "Email Bounced", email, firedAt, receivedAt, Map.of());
            case "profile" -> identify(form, List.of(Identifier.of(IdentifierType.EMAIL, email)), firedAt, receivedAt,
                    traits(form, email));
            default -> identify(form, upemailIdentifiers(form, email), firedAt, receivedAt, Map.of("email", email));
        };
        List<Violation> canonical = EventValidator.validate(event);
        return canonical.isEmpty() ? new ItemOutcome.Event(event) : new ItemOutcome.Invalid(canonical);
    }

    private static TouchpointEvent track(MailchimpForm form, String name, String email, Instant firedAt,
            Instant receivedAt, Map<String, Object> traits) {
        return new TouchpointEvent(form.contentId(), EventType.TRACK, name, null, properties(form), traits, firedAt,
                receivedAt, null, null, null, null, List.of(Identifier.of(IdentifierType.EMAIL, email)),
                context(form), null, SOURCE);
    }

    private static TouchpointEvent identify(MailchimpForm form, List<Identifier> ids, Instant firedAt,
            Instant receivedAt, Map<String, Object> traits) {
        return new TouchpointEvent(form.contentId(), EventType.IDENTIFY, null, null, properties(form), traits, firedAt,
                receivedAt, null, null, null, null, ids, context(form), null, SOURCE);
    }

    // An address change names the same person by both addresses: identity resolution joins them.
    private static List<Identifier> upemailIdentifiers(MailchimpForm form, String newEmail) {
        List<Identifier> ids = new ArrayList<>();
        ids.add(Identifier.of(IdentifierType.EMAIL, newEmail));
        String old = form.get("data[old_email]");
        if (old != null) {
            ids.add(Identifier.of(IdentifierType.EMAIL, old));
        }
        return ids;
    }

    private static Map<String, Object> properties(MailchimpForm form) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("mailchimp_type", form.get("type"));
        for (String field : List.of("list_id", "id", "web_id", "email_type", "action", "reason", "campaign_id")) {
            String value = form.get("data[" + field + "]");
            if (value != null) {
                p.put(field.equals("id") ? "member_id" : field, value);
            }
        }
        return p;
    }

    private static Map<String, Object> traits(MailchimpForm form, String email) {
        Map<String, Object> traits = new LinkedHashMap<>();
        traits.put("email", email);
        Map<String, String> merges = form.merges();
        putIfPresent(traits, "firstName", merges.remove("FNAME"));
        putIfPresent(traits, "lastName", merges.remove("LNAME"));
        putIfPresent(traits, "phone", merges.remove("PHONE"));
        merges.remove("EMAIL");
        if (!merges.isEmpty()) {
            traits.put("mailchimp_merges", merges);
        }
        return traits;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static EventContext context(MailchimpForm form) {
        String ip = form.get("data[ip_opt]") != null ? form.get("data[ip_opt]") : form.get("data[ip_signup]");
        return new EventContext("email", null, Map.of(), null, ip, null, null, null, Map.of());
    }

    private static Instant firedAt(String value, List<Violation> v) {
        if (value == null) {
            v.add(Violation.of("fired_at", "required", "fired_at is required"));
            return null;
        }
        try {
            return LocalDateTime.parse(value, FIRED_AT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            v.add(Violation.of("fired_at", "datetime", "fired_at must read yyyy-MM-dd HH:mm:ss"));
            return null;
        }
    }
}
