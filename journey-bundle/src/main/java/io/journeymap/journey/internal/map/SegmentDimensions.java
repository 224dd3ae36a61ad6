package io.journeymap.journey.internal.map;

import io.journeymap.api.config.InvalidConfigurationException;
import io.journeymap.api.event.Campaign;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.journey.Touchpoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The dimensions journeys are segmented by, configured as {@code map.segment.<dimension> = <field>},
 * read from the event that starts a journey. Fields: {@code entry_channel}, {@code entry_type},
 * {@code source}, {@code context.channel}, {@code context.locale}, {@code context.timezone},
 * {@code context.campaign.name|source|medium}, {@code context.<path>} (any other context field, e.g.
 * {@code context.location.country}), {@code traits.<name>}, {@code properties.<name>}.
 *
 * <p>Each dimension keeps at most {@code map.segment.max.values} values; later new values count as
 * {@code (other)}, so the buckets stay bounded whatever clients send.
 */
final class SegmentDimensions {

    static final String OTHER = "(other)";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    private static final Pattern FIELD = Pattern.compile(
            "entry_channel|entry_type|source|context(\\.[A-Za-z0-9_]+)+|traits\\.[A-Za-z0-9_]+|properties\\.[A-Za-z0-9_]+");
    private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9_.\\-]");

    private final Map<String, String> fields;
    private final int maxValues;
    private final Map<String, Set<String>> known = new ConcurrentHashMap<>();

    SegmentDimensions(Map<String, String> fields, int maxValues) {
        this.fields = fields;
        this.maxValues = maxValues;
        fields.keySet().forEach(d -> known.put(d, ConcurrentHashMap.newKeySet()));
    }

    static SegmentDimensions from(Map<String, ?> properties, int maxValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            if (e.getKey().startsWith("map.segment.") && !e.getKey().equals("map.segment.max.values")) {
                String dim = e.getKey().substring("map.segment.".length());
                String field = String.valueOf(e.getValue()).trim();
                if (!NAME.matcher(dim).matches()) {
                    throw new InvalidConfigurationException(e.getKey(), "a dimension name is lower case letters, digits and _");
                }
                if (!FIELD.matcher(field).matches()) {
                    throw new InvalidConfigurationException(e.getKey(), "unknown field '" + field + "' (entry_channel, entry_type,"
                            + " source, context.<path>, traits.<name>, properties.<name>)");
                }
                fields.put(dim, field);
            }
        }
        return new SegmentDimensions(Map.copyOf(fields), maxValues);
    }

    /** @return the configured dimensions */
    Set<String> dimensions() {
        return fields.keySet();
    }

    /**
     * Seeds the values seen before a restart, so the cap counts them.
     *
     * @param segmentKeys stored segment keys, {@code dimension=value}
     */
    void remember(Collection<String> segmentKeys) {
        for (String key : segmentKeys) {
            int eq = key.indexOf('=');
            if (eq > 0 && known.containsKey(key.substring(0, eq))) {
                known.get(key.substring(0, eq)).add(key.substring(eq + 1));
            }
        }
    }

    /**
     * @param event the event that starts a journey
     * @param tp    its touchpoint
     * @return {@code *} and one {@code dimension=value} per dimension the event has a value for
     */
    List<String> segmentsOf(TouchpointEvent event, Touchpoint tp) {
        List<String> keys = new ArrayList<>(1 + fields.size());
        keys.add("*");
        fields.forEach((dim, field) -> {
            String raw = value(event, tp, field);
            if (raw != null && !raw.isBlank()) {
                keys.add(dim + "=" + bounded(dim, normalise(raw)));
            }
        });
        return keys;
    }

    /**
     * @param value a value as a user types it in a query
     * @return the value as stored
     */
    static String normalise(String value) {
        String v = UNSAFE.matcher(value.trim().toLowerCase(Locale.ROOT)).replaceAll("_");
        return v.length() > 64 ? v.substring(0, 64) : v;
    }

    /**
     * @param segment a segment as asked for
     * @return the key its buckets are stored under (values are kept normalised)
     */
    static String storedKey(io.journeymap.api.journey.Segment segment) {
        return segment.equals(io.journeymap.api.journey.Segment.ALL) ? "*"
                : segment.dimension() + "=" + normalise(segment.value());
    }

    private String bounded(String dim, String value) {
        Set<String> values = known.get(dim);
        if (values.contains(value)) {
            return value;
        }
        synchronized (values) {
            if (values.size() < maxValues) {
                values.add(value);
                return value;
            }
        }
        return OTHER;
    }

    private static String value(TouchpointEvent e, Touchpoint tp, String field) {
        switch (field) {
            case "entry_channel":
                return tp.channel();
            case "entry_type":
                return tp.type();
            case "source":
                return e.source() == null ? null : e.source().connector();
            case "context.channel":
                return e.context().channel();
            case "context.locale":
                return e.context().locale();
            case "context.timezone":
                return e.context().timezone();
            default:
                break;
        }
        if (field.startsWith("context.campaign.")) {
            Campaign c = e.context().campaign();
            if (c == null) {
                return null;
            }
            return switch (field.substring("context.campaign.".length())) {
                case "name" -> c.name();
                case "source" -> c.source();
                case "medium" -> c.medium();
                default -> null;
            };
        }
        if (field.startsWith("traits.")) {
            return text(e.traits().get(field.substring(7)));
        }
        if (field.startsWith("properties.")) {
            return text(e.properties().get(field.substring(11)));
        }
        Object node = e.context().other();
        for (String part : field.substring("context.".length()).split("\\.")) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(part);
        }
        return text(node);
    }

    private static String text(Object o) {
        return o == null || o instanceof Map || o instanceof Collection ? null : o.toString();
    }
}
