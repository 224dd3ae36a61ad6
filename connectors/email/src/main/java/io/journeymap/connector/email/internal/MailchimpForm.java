package io.journeymap.connector.email.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Mailchimp webhook body: {@code application/x-www-form-urlencoded} with PHP-style keys such as
 * {@code data[merges][FNAME]}, kept flat under those keys.
 */
final class MailchimpForm {

    private final Map<String, String> fields;

    private MailchimpForm(Map<String, String> fields) {
        this.fields = fields;
    }

    /**
     * @param body the raw body
     * @return the decoded fields; a repeated key keeps its last value
     * @throws IllegalArgumentException when a percent escape is malformed
     */
    static MailchimpForm parse(byte[] body) {
        Map<String, String> fields = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.put(key, value);
        }
        return new MailchimpForm(fields);
    }

    /**
     * @param decoded the fields as the HTTP server decoded them; a repeated field's last value is kept
     * @return the form
     */
    static MailchimpForm of(Map<?, ?> decoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        decoded.forEach((k, v) -> {
            Object value = v instanceof java.util.List<?> list && !list.isEmpty() ? list.get(list.size() - 1) : v;
            fields.put(String.valueOf(k), value == null ? "" : String.valueOf(value));
        });
        return new MailchimpForm(fields);
    }

    /** @return the field's value, or null when absent or blank */
    String get(String key) {
        String v = fields.get(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** @return the {@code data[merges][TAG]} fields by tag, nested keys such as {@code ADDRESS][city} left out */
    Map<String, String> merges() {
        Map<String, String> merges = new LinkedHashMap<>();
        String prefix = "data[merges][";
        fields.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.endsWith("]") && k.indexOf('[', prefix.length()) < 0 && !v.isBlank()) {
                merges.put(k.substring(prefix.length(), k.length() - 1), v.trim());
            }
        });
        return merges;
    }

    /**
     * Mailchimp sends no event id, so the id is derived from the whole content: a retry of the same
     * delivery has the same fields (fired_at included) and so the same id, whatever their order.
     *
     * @return a stable id for this delivery
     */
    String contentId() {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(fields).forEach((k, v) -> canonical.append(k).append('=').append(v).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return "mailchimp-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
