package io.journeymap.connector.hubspot.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Reads the fields of a HubSpot object map that several classes need, tolerating what HubSpot varies. */
final class HubSpotRecords {

    private HubSpotRecords() {
    }

    /** @return the object's id, or null */
    static String id(Map<String, Object> record) {
        Object id = record.get("id");
        if (id == null && record.get("properties") instanceof Map<?, ?> p) {
            id = p.get("hs_object_id");
        }
        return id == null || id.toString().isBlank() ? null : id.toString();
    }

    /** @return the property's value as text, or null when absent or blank */
    static String property(Map<String, Object> record, String name) {
        if (record.get("properties") instanceof Map<?, ?> p && p.get(name) != null) {
            String s = p.get(name).toString();
            return s.isBlank() ? null : s;
        }
        return null;
    }

    /**
     * @return the last modification in epoch milliseconds: the type's modified property, else the
     *     object's {@code updatedAt}; null when neither is readable
     */
    static Long modified(Map<String, Object> record, HubSpotObjectType type) {
        Instant at = instant(property(record, type.modifiedProperty()));
        if (at == null && record.get("updatedAt") != null) {
            at = instant(record.get("updatedAt").toString());
        }
        return at == null ? null : at.toEpochMilli();
    }

    /**
     * HubSpot writes datetimes as ISO-8601 in API v3 responses and as epoch milliseconds in older
     * shapes and in filters; both are read.
     *
     * @param value the text, may be null
     * @return the instant, or null when absent or unreadable
     */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochMilli(Long.parseLong(v));
            }
            return Instant.parse(v);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
