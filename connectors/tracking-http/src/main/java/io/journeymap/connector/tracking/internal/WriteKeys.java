package io.journeymap.connector.tracking.internal;

import io.journeymap.api.config.InvalidConfigurationException;
import io.journeymap.camel.Secrets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The write keys and the source each belongs to, from {@code write.keys = key1:source1, key2:source2}.
 * As in Segment, a write key names a source; its events carry that source.
 */
final class WriteKeys {

    private final Map<String, String> sourceByKey;

    private WriteKeys(Map<String, String> sourceByKey) {
        this.sourceByKey = sourceByKey;
    }

    static WriteKeys parse(String config) {
        if (config == null || config.isBlank()) {
            throw new InvalidConfigurationException("write.keys", "must list at least one key:source pair");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : config.split(",")) {
            String p = pair.trim();
            int colon = p.lastIndexOf(':');
            if (colon <= 0 || colon == p.length() - 1) {
                throw new InvalidConfigurationException("write.keys", "each entry must be key:source");
            }
            String source = p.substring(colon + 1).trim();
            if (!source.matches("[A-Za-z0-9_.-]{1,64}")) {
                throw new InvalidConfigurationException("write.keys",
                        "a source name must be 1 to 64 letters, digits, '_', '.' or '-'");
            }
            map.put(p.substring(0, colon).trim(), source);
        }
        return new WriteKeys(map);
    }

    /**
     * @param key a write key as sent
     * @return its source, when the key is known; compared in constant time
     */
    Optional<String> sourceOf(String key) {
        String found = null;
        for (Map.Entry<String, String> e : sourceByKey.entrySet()) {
            if (Secrets.same(e.getKey(), key)) {
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    int size() {
        return sourceByKey.size();
    }
}
