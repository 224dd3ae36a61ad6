package io.journeymap.api.timeline;

import java.util.List;

/**
 * The timelines of profiles. Appends are idempotent on the event's (source, messageId), so a
 * redelivered event is stored once.
 */
public interface TimelineStore {

    /**
     * Appends entries in one transaction. A timeline references events rather than copying them:
     * each entry's event must already be in the {@link io.journeymap.api.journal.EventJournal}.
     *
     * @param entries the entries
     * @return how many were new (the rest were already there)
     */
    int add(List<TimelineEntry> entries);

    /**
     * @param profileId a profile
     * @param limit     the most entries to return
     * @return the profile's entries in event-time order, oldest first
     */
    List<TimelineEntry> timeline(String profileId, int limit);

    /**
     * @param profileId a profile
     * @return how many entries the profile's timeline holds
     */
    long count(String profileId);
}
