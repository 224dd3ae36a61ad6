package io.journeymap.api.connector;

import java.util.Optional;

/**
 * Durable sync positions of connectors, kept in journeymap's store so that a connector resumes
 * where it stopped after a restart (or on another node sharing the store). A connector stores a
 * position only after everything before it was ingested durably.
 */
public interface ConnectorCheckpoints {

    /** The longest key, in characters. */
    int MAX_KEY_LENGTH = 300;

    /**
     * @param key the connector's key, e.g. {@code hubspot/acme/contacts}; at most {@link #MAX_KEY_LENGTH} characters
     * @return the stored position, empty when none was stored
     * @throws io.journeymap.api.store.StoreException when the store fails
     */
    Optional<String> get(String key);

    /**
     * Stores a position, replacing the previous one. When this returns the position is committed:
     * a crash right after still sees it.
     *
     * @param key   the connector's key
     * @param value the position, in the connector's own format (usually small JSON)
     * @throws IllegalArgumentException when the key is empty or too long, or the value is null
     * @throws io.journeymap.api.store.StoreException when the store fails
     */
    void put(String key, String value);
}
