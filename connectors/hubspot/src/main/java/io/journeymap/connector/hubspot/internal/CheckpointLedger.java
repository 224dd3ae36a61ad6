package io.journeymap.connector.hubspot.internal;

import io.journeymap.connector.common.CheckpointStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The durable checkpoint store, passed through, remembering the last position of each key so the
 * connector's status can show how far each object type got without a store read per look.
 */
final class CheckpointLedger implements CheckpointStore {

    private final CheckpointStore store;
    private final Map<String, String> last = new ConcurrentHashMap<>();

    CheckpointLedger(CheckpointStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> get(String key) {
        Optional<String> value = store.get(key);
        value.ifPresent(v -> last.put(key, v));
        return value;
    }

    @Override
    public void put(String key, String value) {
        store.put(key, value);
        last.put(key, value);
    }

    /** @return e.g. {@code contacts=2026-11-20T14:03:11.482Z, deals=…}, empty before any checkpoint */
    Optional<String> describe() {
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> byType = new TreeMap<>();
        last.forEach((key, json) -> {
            String type = key.substring(key.lastIndexOf('/') + 1);
            try {
                byType.put(type, Instant.ofEpochMilli(SyncCheckpoint.fromJson(json).modifiedSince()).toString());
            } catch (RuntimeException e) {
                byType.put(type, "unreadable");
            }
        });
        return Optional.of(byType.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")));
    }
}
