package io.journeymap.connector.common;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checkpoints held in memory: for tests, and as the stand-in until a durable store is configured
 * (a restart of the JVM starts the sync over, which the idempotent downstream absorbs).
 */
public final class InMemoryCheckpointStore implements CheckpointStore {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }
}
