package io.journeymap.connector.salesforce.internal;

import io.journeymap.api.event.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One record of a query response, read field by field: {@code {"attributes":{"type","url"}, "Id":…,
 * …}} with relationship fields nested ({@code "Campaign":{"attributes":…,"Name":…}}). Reading a
 * date-time that is present but unreadable records a violation naming the field.
 */
final class SalesforceRecord {

    private final Map<String, Object> fields;
    private final List<Violation> violations;

    SalesforceRecord(Map<String, Object> fields, List<Violation> violations) {
        this.fields = fields;
        this.violations = violations;
    }

    /** @return {@code attributes.type}, or null when absent */
    String type() {
        return fields.get("attributes") instanceof Map<?, ?> a && a.get("type") instanceof String t ? t : null;
    }

    /** @return the record's Id, or null when absent or not a string */
    String id() {
        return text("Id");
    }

    /**
     * @param name a field name
     * @return its text, trimmed; null when absent, null or blank
     */
    String text(String name) {
        Object v = fields.get(name);
        if (v instanceof String s) {
            return s.isBlank() ? null : s.trim();
        }
        return v instanceof Number || v instanceof Boolean ? v.toString() : null;
    }

    /**
     * @param relationship a relationship name, e.g. {@code Campaign}
     * @param name         a field of the related record
     * @return its text, or null
     */
    String related(String relationship, String name) {
        if (fields.get(relationship) instanceof Map<?, ?> r && r.get(name) instanceof String s && !s.isBlank()) {
            return s.trim();
        }
        return null;
    }

    /**
     * @param name a checkbox field
     * @return its value, or null when absent
     */
    Boolean bool(String name) {
        Object v = fields.get(name);
        if (v instanceof Boolean b) {
            return b;
        }
        return v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))
                ? Boolean.valueOf(s) : null;
    }

    /**
     * @param name a number or currency field
     * @return its value, or null when absent or not a number
     */
    Number number(String name) {
        return fields.get(name) instanceof Number n ? n : null;
    }

    /**
     * @param name a dateTime field
     * @return its instant, or null when absent; a value that is no date-time is also a violation
     */
    Instant time(String name) {
        Object raw = fields.get(name);
        Instant at = SalesforceTimes.parse(raw);
        if (raw != null && at == null) {
            violations.add(Violation.of(name, "datetime", name + " must be a date-time such as 2024-03-05T14:07:31.000+0000"));
        }
        return at;
    }

    /**
     * @param name a dateTime field that must be there
     * @return its instant, or null after recording the violation
     */
    Instant requiredTime(String name) {
        if (fields.get(name) == null) {
            violations.add(Violation.of(name, "required", name + " is required"));
            return null;
        }
        return time(name);
    }
}
