package io.journeymap.api.consent;

import io.journeymap.api.event.Identifier;
import java.time.Instant;
import java.util.List;

/**
 * An entry of the append-only consent ledger.
 *
 * @param entryId    the entry's id, ascending in recording order
 * @param subjects   the (normalised) identifiers the signal came with; the person holding any of them is bound by it
 * @param change     the signal
 * @param region     the region the signal was given in, when known ({@code EU}, {@code US} …)
 * @param recordedAt  when journeymap recorded it
 * @param confirmedAt the latest time the person repeated the same choice, or null; the ledger
 *                    records changes, so a repetition moves this instead of adding an entry
 */
public record ConsentRecord(long entryId, List<Identifier> subjects, ConsentChange change, String region,
        Instant recordedAt, Instant confirmedAt) {

    /** Subjects are never null. */
    public ConsentRecord {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    /** @return when the choice was last made: the later of the event time and the last confirmation */
    public Instant effectiveTime() {
        return confirmedAt != null && confirmedAt.isAfter(change.eventTime()) ? confirmedAt : change.eventTime();
    }

    /**
     * @param at a later time the same choice was made again
     * @return this entry, confirmed at that time
     */
    public ConsentRecord confirmedAt(Instant at) {
        return new ConsentRecord(entryId, subjects, change, region, recordedAt, at);
    }
}
