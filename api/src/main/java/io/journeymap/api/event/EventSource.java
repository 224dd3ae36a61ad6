package io.journeymap.api.event;

/**
 * Which connector, and which configured instance of it, produced an event. Message ids are unique
 * per source, so ({@code source}, {@code messageId}) is an event's idempotency key.
 *
 * @param connector the connector, e.g. {@code "tracking-http"}, {@code "hubspot"}
 * @param instance  the configured instance, e.g. the source a write key belongs to
 */
public record EventSource(String connector, String instance) {
    /**
     * @return {@code connector/instance}, the stable key used for deduplication
     */
    public String key() {
        return connector + "/" + instance;
    }
}
