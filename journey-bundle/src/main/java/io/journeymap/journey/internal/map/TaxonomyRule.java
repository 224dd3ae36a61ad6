package io.journeymap.journey.internal.map;

import io.journeymap.api.config.InvalidConfigurationException;
import io.journeymap.api.event.TouchpointEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One line of the taxonomy: {@code condition & condition -> channel:name}. A condition reads
 * {@code field=value} (equal, ignoring case; a trailing {@code *} matches any rest) or
 * {@code field~value} (contains, ignoring case). Fields: {@code event} (a track event's name),
 * {@code type} (track, page, screen), {@code page} (the page path), {@code url} (the page URL),
 * {@code source} (the connector), {@code channel} (the context channel), {@code medium} and
 * {@code campaign} (utm medium and name), {@code property.<name>}.
 *
 * @param conditions all must hold
 * @param type       the touchpoint type of a matching event
 */
record TaxonomyRule(List<Condition> conditions, String type) {

    static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*:[a-z0-9_*][a-z0-9_]*");
    private static final Pattern FIELD = Pattern.compile("event|type|page|url|source|channel|medium|campaign|property\\.[A-Za-z0-9_]+");

    /** One test on one field of the event. */
    record Condition(String field, boolean contains, String value) {

        boolean matches(TouchpointEvent e) {
            String actual = field(e);
            if (actual == null) {
                return false;
            }
            String a = actual.toLowerCase(Locale.ROOT);
            if (contains) {
                return a.contains(value);
            }
            return value.endsWith("*") ? a.startsWith(value.substring(0, value.length() - 1)) : a.equals(value);
        }

        private String field(TouchpointEvent e) {
            return switch (field) {
                case "event" -> e.event();
                case "type" -> e.type().wireName();
                case "page" -> text(e.context().page().get("path"));
                case "url" -> text(e.context().page().get("url"));
                case "source" -> e.source() == null ? null : e.source().connector();
                case "channel" -> e.context().channel();
                case "medium" -> e.context().campaign() == null ? null : e.context().campaign().medium();
                case "campaign" -> e.context().campaign() == null ? null : e.context().campaign().name();
                default -> text(e.properties().get(field.substring("property.".length())));
            };
        }

        private static String text(Object o) {
            return o instanceof Map || o == null ? null : o.toString();
        }
    }

    boolean matches(TouchpointEvent e) {
        for (Condition c : conditions) {
            if (!c.matches(e)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param key  the configuration key the rule came from, named in errors
     * @param text the rule
     * @return the parsed rule
     */
    static TaxonomyRule parse(String key, String text) {
        int arrow = text.lastIndexOf("->");
        if (arrow < 0) {
            throw new InvalidConfigurationException(key, "a rule reads condition & condition -> channel:name: " + text.trim());
        }
        String type = text.substring(arrow + 2).trim();
        if (!TYPE.matcher(type).matches() || type.contains("*")) {
            throw new InvalidConfigurationException(key, "a touchpoint type reads channel:name in lower case: " + type);
        }
        List<Condition> conditions = new ArrayList<>();
        for (String part : text.substring(0, arrow).split("&")) {
            String c = part.trim();
            int op = indexOfOperator(c);
            if (op <= 0 || op == c.length() - 1) {
                throw new InvalidConfigurationException(key, "a condition reads field=value or field~value: " + c);
            }
            String field = c.substring(0, op).trim();
            if (!FIELD.matcher(field).matches()) {
                throw new InvalidConfigurationException(key, "unknown field '" + field
                        + "' (event, type, page, url, source, channel, medium, campaign, property.<name>)");
            }
            conditions.add(new Condition(field, c.charAt(op) == '~', c.substring(op + 1).trim().toLowerCase(Locale.ROOT)));
        }
        return new TaxonomyRule(List.copyOf(conditions), type);
    }

    private static int indexOfOperator(String c) {
        for (int i = 0; i < c.length(); i++) {
            if (c.charAt(i) == '=' || c.charAt(i) == '~') {
                return i;
            }
        }
        return -1;
    }
}
