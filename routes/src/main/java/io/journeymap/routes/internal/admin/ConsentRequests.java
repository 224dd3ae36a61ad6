package io.journeymap.routes.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.consent.ConsentAction;
import io.journeymap.api.consent.ConsentChange;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.Violation;
import io.journeymap.api.json.EventJson;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the JSON bodies of the consent and privacy endpoints. Every rule a body breaks is reported
 * with its field path; values are never echoed (they are personal data).
 */
final class ConsentRequests {

    static final int MAX_BODY = 64 * 1024;
    static final int MAX_IDENTIFIERS = 50;
    static final int MAX_CHANGES = 100;

    private ConsentRequests() {
    }

    /** A parsed body, or the rules it broke. */
    record Parsed<T>(T value, List<Violation> violations) {
        boolean ok() {
            return violations.isEmpty();
        }
    }

    /** A consent-management platform's post. */
    record ConsentPost(List<Identifier> identifiers, List<ConsentChange> changes, String region) {
    }

    /** An export or erasure request. */
    record PrivacyPost(Identifier identifier, boolean suppress) {
    }

    static Parsed<JsonNode> json(byte[] body) {
        if (body == null || body.length == 0) {
            return new Parsed<>(null, List.of(Violation.of("body", "required", "a JSON object is required")));
        }
        if (body.length > MAX_BODY) {
            return new Parsed<>(null, List.of(Violation.of("body", "max-size:" + MAX_BODY, "the body is too large")));
        }
        try {
            JsonNode node = EventJson.mapper().readTree(body);
            if (node == null || !node.isObject()) {
                return new Parsed<>(null, List.of(Violation.of("body", "type:object", "the body must be a JSON object")));
            }
            return new Parsed<>(node, List.of());
        } catch (IOException e) {
            return new Parsed<>(null, List.of(Violation.of("body", "json", "the body is not valid JSON")));
        }
    }

    static Parsed<ConsentPost> consent(byte[] body) {
        Parsed<JsonNode> json = json(body);
        if (!json.ok()) {
            return new Parsed<>(null, json.violations());
        }
        JsonNode root = json.value();
        List<Violation> v = new ArrayList<>();
        List<Identifier> ids = new ArrayList<>();
        JsonNode idsNode = root.get("identifiers");
        if (idsNode == null || !idsNode.isArray() || idsNode.isEmpty()) {
            v.add(Violation.of("identifiers", "required:non-empty-array", "at least one identifier is required"));
        } else if (idsNode.size() > MAX_IDENTIFIERS) {
            v.add(Violation.of("identifiers", "max-items:" + MAX_IDENTIFIERS, "too many identifiers"));
        } else {
            for (int i = 0; i < idsNode.size(); i++) {
                identifier(idsNode.get(i), "identifiers[" + i + "]", v).ifPresent(ids::add);
            }
        }
        String source = text(root, "source", "cmp", 100, v);
        String region = text(root, "region", null, 16, v);
        List<ConsentChange> changes = new ArrayList<>();
        JsonNode ch = root.get("changes");
        if (ch == null || !ch.isArray() || ch.isEmpty()) {
            v.add(Violation.of("changes", "required:non-empty-array", "at least one change is required"));
        } else if (ch.size() > MAX_CHANGES) {
            v.add(Violation.of("changes", "max-items:" + MAX_CHANGES, "too many changes"));
        } else {
            for (int i = 0; i < ch.size(); i++) {
                change(ch.get(i), "changes[" + i + "]", source, v).ifPresent(changes::add);
            }
        }
        return v.isEmpty() ? new Parsed<>(new ConsentPost(ids, changes, region), v) : new Parsed<>(null, v);
    }

    static Parsed<PrivacyPost> privacy(byte[] body) {
        Parsed<JsonNode> json = json(body);
        if (!json.ok()) {
            return new Parsed<>(null, json.violations());
        }
        List<Violation> v = new ArrayList<>();
        Optional<Identifier> id = identifier(json.value().get("identifier"), "identifier", v);
        JsonNode suppress = json.value().get("suppress");
        if (suppress != null && !suppress.isBoolean()) {
            v.add(Violation.of("suppress", "type:boolean", "suppress must be true or false"));
        }
        return v.isEmpty() ? new Parsed<>(new PrivacyPost(id.get(), suppress != null && suppress.booleanValue()), v)
                : new Parsed<>(null, v);
    }

    private static Optional<Identifier> identifier(JsonNode node, String path, List<Violation> v) {
        if (node == null || !node.isObject()) {
            v.add(Violation.of(path, "type:object", "an identifier is an object with type and value"));
            return Optional.empty();
        }
        JsonNode type = node.get("type");
        JsonNode value = node.get("value");
        Optional<IdentifierType> t = type != null && type.isTextual() ? IdentifierType.fromWireName(type.asText())
                : Optional.empty();
        if (t.isEmpty()) {
            v.add(Violation.of(path + ".type", "enum:identifier-type", "an identifier type: user_id, email, phone, ..."));
        }
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            v.add(Violation.of(path + ".value", "required:string", "the identifier's value is required"));
        } else if (value.asText().length() > 512) {
            v.add(Violation.of(path + ".value", "max-length:512", "the identifier is too long"));
        } else if (t.isPresent()) {
            return Optional.of(Identifier.of(t.get(), value.asText()));
        }
        return Optional.empty();
    }

    private static Optional<ConsentChange> change(JsonNode node, String path, String source, List<Violation> v) {
        if (node == null || !node.isObject()) {
            v.add(Violation.of(path, "type:object", "a change is an object"));
            return Optional.empty();
        }
        int before = v.size();
        if (missing(node, "purpose")) {
            v.add(Violation.of(path + ".purpose", "required:string", "the purpose is required"));
        }
        if (missing(node, "action")) {
            v.add(Violation.of(path + ".action", "required:enum:granted,denied,revoked", "the action is required"));
        }
        String purpose = text(node, "purpose", null, 64, v, path);
        String actionText = text(node, "action", null, 16, v, path);
        ConsentAction action = null;
        if (actionText != null) {
            try {
                action = ConsentAction.valueOf(actionText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add(Violation.of(path + ".action", "enum:granted,denied,revoked", "unknown action"));
            }
        }
        String ts = text(node, "timestamp", null, 40, v, path);
        Instant at = null;
        if (missing(node, "timestamp")) {
            v.add(Violation.of(path + ".timestamp", "required:iso-8601", "when the person chose is required"));
        } else if (ts != null) {
            try {
                at = Instant.parse(ts);
                if (at.isBefore(Instant.EPOCH) || at.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
                    v.add(Violation.of(path + ".timestamp", "range:1970..9999", "out of range"));
                    at = null;
                }
            } catch (DateTimeParseException e) {
                v.add(Violation.of(path + ".timestamp", "format:iso-8601", "not an ISO-8601 instant"));
            }
        }
        String basis = text(node, "legalBasis", "consent", 64, v, path);
        String evidence = text(node, "evidence", "", 4000, v, path);
        if (v.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new ConsentChange(purpose, action, at, source, basis, evidence));
    }

    private static boolean missing(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull();
    }

    private static String text(JsonNode node, String field, String fallback, int max, List<Violation> v) {
        return text(node, field, fallback, max, v, null);
    }

    private static String text(JsonNode node, String field, String fallback, int max, List<Violation> v, String path) {
        String name = path == null ? field : path + "." + field;
        JsonNode f = node.get(field);
        if (f == null || f.isNull()) {
            return fallback;
        }
        if (!f.isTextual()) {
            v.add(Violation.of(name, "type:string", "must be a string"));
            return null;
        }
        if (f.asText().length() > max) {
            v.add(Violation.of(name, "max-length:" + max, "too long"));
            return null;
        }
        return f.asText();
    }
}
