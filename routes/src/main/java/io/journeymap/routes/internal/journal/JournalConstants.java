package io.journeymap.routes.internal.journal;

/** Headers the {@code journal:} endpoints set. */
public final class JournalConstants {
    /** On a produced exchange: the {@link io.journeymap.api.journal.AppendResult}. */
    public static final String APPEND_RESULT = "JourneymapJournalAppendResult";
    /** On a consumed exchange: the position of the batch's last event. */
    public static final String LAST_POSITION = "JourneymapJournalLastPosition";

    private JournalConstants() {
    }
}
