package io.journeymap.api.journal;

import io.journeymap.api.event.TouchpointEvent;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The durable, ordered log of accepted events (the embedded default; Kafka takes its place in
 * cluster mode). Appends are idempotent on (source, messageId) and group-committed: the returned
 * stage completes only once the events are durable, so a sender may be acknowledged then.
 */
public interface EventJournal {

    /**
     * The {@code context} key that marks what {@link #discard} left of an anonymised event: a
     * stub without identifiers, which a redelivery must not treat as a new event.
     */
    String ANONYMISED = "journeymap.anonymised";

    /**
     * @param event an event read back from the journal
     * @return true when it is the stub of an anonymised event
     */
    static boolean isAnonymisedStub(TouchpointEvent event) {
        return Boolean.TRUE.equals(event.context().other().get(ANONYMISED));
    }

    /**
     * Appends events durably. Events whose (source, messageId) is already in the journal are
     * counted as duplicates and not written again.
     *
     * @param events the events, in order
     * @return completes after the commit that made them durable, or exceptionally if it failed
     */
    CompletionStage<AppendResult> append(List<TouchpointEvent> events);

    /**
     * Removes what identifies the person from events they do not permit us to keep (the consent
     * gate). With {@code keepAnonymousCount} (anonymise) each is added to the anonymous counts
     * (per day, source, type and name) and its journal row keeps only the event's key, type,
     * name, time and source, so a sender's retry is still a duplicate and is not counted twice;
     * without it (drop) the row is deleted. Idempotent.
     *
     * @param events             the events
     * @param keepAnonymousCount anonymise (true) or drop (false)
     * @return how many events were changed now (not by an earlier delivery)
     */
    int discard(List<TouchpointEvent> events, boolean keepAnonymousCount);

    /**
     * Reads the events after a position, in order.
     *
     * @param afterPosition the last position already read (0 for the start)
     * @param max           the most records to return
     * @return up to {@code max} records, empty when there are none yet
     */
    List<JournalRecord> readAfter(long afterPosition, int max);

    /**
     * @param consumer a consumer name
     * @return the consumer's committed position, 0 when it has none
     */
    long checkpoint(String consumer);

    /**
     * Stores a consumer's position durably; positions only move forward.
     *
     * @param consumer a consumer name
     * @param position the last position fully processed
     */
    void commit(String consumer, long position);
}
