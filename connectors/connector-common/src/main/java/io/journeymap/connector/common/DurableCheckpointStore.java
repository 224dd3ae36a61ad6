package io.journeymap.connector.common;

import io.journeymap.api.connector.ConnectorCheckpoints;
import java.util.Optional;

/**
 * Checkpoints in journeymap's store, through the {@link ConnectorCheckpoints} service: what a
 * connector uses when it runs in the product, so a restart resumes where the last durable ingest
 * left off. ({@link InMemoryCheckpointStore} remains for tests.)
 */
public final class DurableCheckpointStore implements CheckpointStore {

    private final ConnectorCheckpoints checkpoints;

    /** @param checkpoints the store's checkpoint service */
    public DurableCheckpointStore(ConnectorCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Override
    public Optional<String> get(String key) {
        return checkpoints.get(key);
    }

    @Override
    public void put(String key, String value) {
        checkpoints.put(key, value);
    }
}
