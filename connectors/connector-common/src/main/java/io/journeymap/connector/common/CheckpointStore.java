package io.journeymap.connector.common;

import java.util.Optional;

/**
 * Where an incremental sync keeps its position, by connector key (e.g. {@code hubspot/acme/contacts}).
 * A connector stores a position only after what came before it is durable downstream, so a restart
 * resumes there with no loss; the value is the connector's own (usually small JSON).
 */
public interface CheckpointStore {

    /**
     * @param key the connector's key
     * @return the stored position, empty when the sync never stored one
     */
    Optional<String> get(String key);

    /**
     * Stores a position; when this returns, a restart sees it.
     *
     * @param key   the connector's key
     * @param value the position
     */
    void put(String key, String value);
}
