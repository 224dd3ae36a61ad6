package io.journeymap.api.event;

/**
 * One broken rule of one field: what a 400 response or a dead-letter record reports.
 *
 * @param field   the field's path in the message, e.g. {@code event} or {@code context.page.url}
 * @param rule    the rule's short stable name, e.g. {@code required}, {@code max-length}, {@code iso-8601}
 * @param message a human sentence naming the field and the rule
 */
public record Violation(String field, String rule, String message) {

    /**
     * @param field the field's path
     * @param rule  the rule
     * @param message the explanation
     * @return a new violation
     */
    public static Violation of(String field, String rule, String message) {
        return new Violation(field, rule, message);
    }

    /**
     * @param prefix a path prefix, e.g. {@code context}
     * @return the same violation with its field under the prefix
     */
    public Violation under(String prefix) {
        return new Violation(prefix + "." + field, rule, message);
    }
}
