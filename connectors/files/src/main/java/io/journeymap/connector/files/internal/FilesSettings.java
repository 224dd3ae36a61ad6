package io.journeymap.connector.files.internal;

import io.journeymap.api.config.ConfigRules;
import io.journeymap.api.config.InvalidConfigurationException;
import io.journeymap.api.event.IdentifierType;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The files connector's configuration, checked: a bad value fails activation naming its key, and an
 * unknown key under {@code mapping.<name>.} is refused too, since a misspelt key would silently drop a column.
 *
 * @param dropDir       the folder watched
 * @param pollInterval  how often it is listed
 * @param readLockMinAge how long a file must be unchanged before it is read (it may still be being written)
 * @param chunkSize     events per ingest call
 * @param ingestTimeout the longest wait for one chunk to be durable
 * @param mappings      the mappings, in name order; a file takes the first whose pattern matches
 */
record FilesSettings(Path dropDir, Duration pollInterval, Duration readLockMinAge, int chunkSize, Duration ingestTimeout,
        List<FileMapping> mappings) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]+");
    private static final Set<String> MAPPING_KEYS = Set.of("pattern", "format", "delimiter", "event", "event.column",
            "timestamp.column", "timestamp.format", "timezone", "properties", "text", "channel");

    static FilesSettings of(Map<String, ?> config) {
        Path dir = Path.of(ConfigRules.requireText("drop.dir", string(config, "drop.dir", null)));
        int poll = ConfigRules.requireRange("poll.interval.ms", integer(config, "poll.interval.ms", 2000), 100, 3_600_000);
        int minAge = ConfigRules.requireRange("readlock.min.age.ms", integer(config, "readlock.min.age.ms", 1000), 0, 600_000);
        int chunk = ConfigRules.requireRange("chunk.size", integer(config, "chunk.size", 1000), 1, 10_000);
        int timeout = ConfigRules.requireRange("ingest.timeout.seconds", integer(config, "ingest.timeout.seconds", 60), 1, 600);
        Map<String, Map<String, String>> byName = new TreeMap<>();
        for (Map.Entry<String, ?> e : config.entrySet()) {
            String key = e.getKey();
            if (!key.startsWith("mapping.")) {
                continue;
            }
            int dot = key.indexOf('.', 8);
            String name = dot < 0 ? "" : key.substring(8, dot);
            if (!NAME.matcher(name).matches()) {
                throw new InvalidConfigurationException(key, "must read mapping.<name>.<setting>, the name in a-z, 0-9, _ and -");
            }
            String setting = key.substring(dot + 1);
            if (!MAPPING_KEYS.contains(setting) && !setting.startsWith("id.")) {
                throw new InvalidConfigurationException(key, "is no mapping setting; known: " + new TreeSet<>(MAPPING_KEYS) + " and id.<identifier type>");
            }
            byName.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(setting, String.valueOf(e.getValue()).trim());
        }
        if (byName.isEmpty()) {
            throw new InvalidConfigurationException("mapping.<name>.pattern", "at least one mapping must be configured");
        }
        List<FileMapping> mappings = new ArrayList<>();
        byName.forEach((name, settings) -> mappings.add(mapping(name, settings)));
        return new FilesSettings(dir, Duration.ofMillis(poll), Duration.ofMillis(minAge), chunk, Duration.ofSeconds(timeout),
                List.copyOf(mappings));
    }

    private static FileMapping mapping(String name, Map<String, String> s) {
        String k = "mapping." + name + ".";
        String pattern = ConfigRules.requireText(k + "pattern", s.get("pattern"));
        if (pattern.contains("/") || pattern.contains(",")) {
            throw new InvalidConfigurationException(k + "pattern", "must be one file name pattern such as visits*.csv, without folders");
        }
        FileMapping.Format format = format(k + "format", s.get("format"), pattern);
        char delimiter = delimiter(k + "delimiter", s.getOrDefault("delimiter", ","));
        String event = blankToNull(s.get("event"));
        String eventColumn = blankToNull(s.get("event.column"));
        if ((event == null) == (eventColumn == null)) {
            throw new InvalidConfigurationException(k + "event", "set exactly one of " + k + "event (a fixed name) and "
                    + k + "event.column");
        }
        String tsColumn = ConfigRules.requireText(k + "timestamp.column", s.get("timestamp.column"));
        ZoneId zone;
        try {
            zone = ZoneId.of(s.getOrDefault("timezone", "UTC"));
        } catch (DateTimeException e) {
            throw new InvalidConfigurationException(k + "timezone", "must be a time zone id such as UTC or Europe/Berlin");
        }
        TimestampFormat timestamps = TimestampFormat.of(k + "timestamp.format", s.get("timestamp.format"), zone);
        Map<IdentifierType, String> ids = new LinkedHashMap<>();
        s.forEach((setting, column) -> {
            if (setting.startsWith("id.")) {
                IdentifierType type = IdentifierType.fromWireName(setting.substring(3)).orElseThrow(() ->
                        new InvalidConfigurationException(k + setting, "names no identifier type; known: " + Arrays.stream(
                                IdentifierType.values()).map(IdentifierType::wireName).toList()));
                ids.put(type, ConfigRules.requireText(k + setting, column));
            }
        });
        if (ids.isEmpty()) {
            throw new InvalidConfigurationException(k + "id.<type>", "at least one identifier column is required, e.g. "
                    + k + "id.email = email");
        }
        List<String> properties = s.containsKey("properties") ? Arrays.stream(s.get("properties").split(","))
                .map(String::trim).filter(p -> !p.isEmpty()).toList() : List.of();
        return new FileMapping(name, pattern, format, delimiter, event, eventColumn, tsColumn, timestamps, ids, properties,
                blankToNull(s.get("text")), s.getOrDefault("channel", "offline"));
    }

    private static FileMapping.Format format(String key, String value, String pattern) {
        String v = value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
        if (v == null) {
            String p = pattern.toLowerCase(Locale.ROOT);
            v = p.endsWith(".jsonl") || p.endsWith(".ndjson") ? "jsonl" : p.endsWith(".csv") || p.endsWith(".txt") ? "csv" : null;
        }
        if ("csv".equals(v)) {
            return FileMapping.Format.CSV;
        }
        if ("jsonl".equals(v)) {
            return FileMapping.Format.JSONL;
        }
        throw new InvalidConfigurationException(key, "must be csv or jsonl (it cannot be told from the pattern)");
    }

    private static char delimiter(String key, String value) {
        if ("tab".equalsIgnoreCase(value) || "\\t".equals(value)) {
            return '\t';
        }
        if (value.length() != 1 || value.charAt(0) == '"') {
            throw new InvalidConfigurationException(key, "must be one character such as , or ; (or tab)");
        }
        return value.charAt(0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String string(Map<String, ?> config, String key, String fallback) {
        Object v = config.get(key);
        return v == null ? fallback : String.valueOf(v);
    }

    private static int integer(Map<String, ?> config, String key, int fallback) {
        Object v = config.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            return fallback;
        }
        try {
            return v instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException(key, "must be a whole number");
        }
    }

    /** @return the file name patterns, for the file endpoint's antInclude */
    String antInclude() {
        return String.join(",", mappings.stream().map(FileMapping::pattern).toList());
    }
}
