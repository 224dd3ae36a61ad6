package io.journeymap.api.consent;

import io.journeymap.api.event.TouchpointEvent;

/**
 * What the ingest gate decided for one event.
 *
 * @param outcome keep, anonymise or drop
 * @param event   the event to carry on with: the original when kept, null otherwise
 * @param reason  why, as recorded in the audit log (null when kept)
 */
public record Admission(Outcome outcome, TouchpointEvent event, String reason) {

    /** The three outcomes. */
    public enum Outcome {
        /** Analytics is permitted: the event goes on to identity and the timeline. */
        KEEP,
        /** Not permitted, policy anonymise: only anonymous counts are kept. */
        ANONYMISE,
        /** Not permitted, policy drop (or the identifier is suppressed): nothing is kept. */
        DROP
    }

    /** @return an admission that keeps the event */
    public static Admission keep(TouchpointEvent event) {
        return new Admission(Outcome.KEEP, event, null);
    }
}
