package io.journeymap.connector.support.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.EventValidator;
import io.journeymap.api.event.Violation;
import io.journeymap.connector.common.PlainText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Reading the few typed fields the support payloads need, naming the field when one is wrong. */
final class Json {

    private Json() {
    }

    /** @return the text at the JSON pointer, numbers as text, or null when absent, null or blank */
    static String text(JsonNode root, String pointer) {
        JsonNode n = root.at(pointer);
        return (n.isTextual() || n.isNumber()) && !n.asText().isBlank() ? n.asText().trim() : null;
    }

    static String requiredText(JsonNode root, String pointer, String field, List<Violation> v) {
        String value = text(root, pointer);
        if (value == null) {
            v.add(Violation.of(field, "required", field + " is required"));
        }
        return value;
    }

    static Instant requiredIso(JsonNode root, String pointer, String field, List<Violation> v) {
        String value = requiredText(root, pointer, field, v);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            v.add(Violation.of(field, "iso-8601", field + " must be an ISO-8601 date-time"));
            return null;
        }
    }

    static Instant requiredUnixSeconds(JsonNode root, String pointer, String field, List<Violation> v) {
        JsonNode n = root.at(pointer);
        if (n.isMissingNode() || n.isNull()) {
            v.add(Violation.of(field, "required", field + " is required"));
            return null;
        }
        if (!n.isIntegralNumber()) {
            v.add(Violation.of(field, "unix-seconds", field + " must be an integer of Unix seconds"));
            return null;
        }
        return Instant.ofEpochSecond(n.asLong());
    }

    /**
     * Message text for sentiment scoring: HTML stripped, and cut to the canonical limit (with a
     * property saying so) rather than refusing a long ticket the sender would then retry forever.
     */
    static String messageText(String html, Map<String, Object> properties) {
        String text = PlainText.of(html);
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() > EventValidator.MAX_TEXT_LENGTH) {
            properties.put("text_truncated", true);
            return text.substring(0, EventValidator.MAX_TEXT_LENGTH);
        }
        return text;
    }
}
