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
 * @param recordedAt when journeymap recorded it
 */
public record ConsentRecord(long entryId, List<Identifier> subjects, ConsentChange change, String region,
        Instant recordedAt) {

    /** Subjects are never null. */
    public ConsentRecord {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }
}
