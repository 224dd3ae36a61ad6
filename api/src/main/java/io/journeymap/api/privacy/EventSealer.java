package io.journeymap.api.privacy;

import io.journeymap.api.event.TouchpointEvent;
import java.util.List;
import java.util.Optional;

/**
 * Crypto-shredding for events on a shared log (Kafka in cluster mode): each event is encrypted
 * with a key that belongs to its person (the identifier it is partitioned by), and the record key
 * is a keyed hash of that identifier, so the log holds no identifier in the clear. An erasure
 * destroys the person's keys, which makes every record of theirs unreadable at once, wherever
 * and for however long the log keeps it.
 */
public interface EventSealer {

    /**
     * @param event an event
     * @return the record key: a keyed hash of the first of the event's {@link TouchpointEvent#partitionIdentifiers()}
     *     that normalises, so it is stable per person and identifier
     */
    String recordKey(TouchpointEvent event);

    /**
     * Encrypts events, creating the keys of people seen for the first time (one store round
     * trip per batch).
     *
     * @param events the events
     * @return one sealed record value per event, in order
     */
    List<String> seal(List<TouchpointEvent> events);

    /**
     * Decrypts records (one store round trip per batch for keys not cached).
     *
     * @param records record values: sealed events, or plain canonical events in JSON
     * @return per record, the event, or empty when its person's key was destroyed by an erasure
     * @throws IllegalArgumentException when a record is neither, or a sealed one was tampered with
     */
    List<Optional<TouchpointEvent>> open(List<String> records);
}
