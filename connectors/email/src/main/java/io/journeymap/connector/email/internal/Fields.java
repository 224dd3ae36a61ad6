package io.journeymap.connector.email.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.Violation;
import java.time.Instant;
import java.util.List;

/** Reading typed fields from a JSON item, recording a violation that names the field when one is wrong. */
final class Fields {

    private Fields() {
    }

    static String requiredText(JsonNode item, String field, List<Violation> v) {
        JsonNode n = item.get(field);
        if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            v.add(Violation.of(field, "required", field + " is required"));
            return null;
        }
        if (!n.isTextual()) {
            v.add(Violation.of(field, "type:string", field + " must be a string"));
            return null;
        }
        return n.asText();
    }

    static Instant requiredUnixSeconds(JsonNode item, String field, List<Violation> v) {
        JsonNode n = item.get(field);
        if (n == null || n.isNull()) {
            v.add(Violation.of(field, "required", field + " is required"));
            return null;
        }
        if (!n.canConvertToLong() || !n.isIntegralNumber()) {
            v.add(Violation.of(field, "unix-seconds", field + " must be an integer of Unix seconds"));
            return null;
        }
        return Instant.ofEpochSecond(n.asLong());
    }

    static String optionalText(JsonNode item, String field) {
        JsonNode n = item.get(field);
        return n != null && (n.isTextual() || n.isNumber()) && !n.asText().isBlank() ? n.asText() : null;
    }
}
