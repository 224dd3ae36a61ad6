package io.journeymap.api.journal;

import io.journeymap.api.event.TouchpointEvent;

/**
 * One event at its position in the journal.
 *
 * @param position the position, increasing in commit order
 * @param event    the event
 */
public record JournalRecord(long position, TouchpointEvent event) {
}
