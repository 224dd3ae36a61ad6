package io.journeymap.api.consent;

import java.time.Instant;

/**
 * One enforcement decision, as an admin queries it. It never holds an identifier: the subject is a
 * profile id, or a keyed hash of the identifier when the person has no profile.
 *
 * @param entryId the entry's id
 * @param at      when it was decided
 * @param point   where
 * @param purpose the purpose checked
 * @param permitted whether it went ahead
 * @param reason  why
 * @param subject the profile id or {@code h:<hash>}
 * @param detail  what was decided about: an event's source and type, an action's destination …
 */
public record AuditEntry(long entryId, Instant at, EnforcementPoint point, String purpose, boolean permitted,
        String reason, String subject, String detail) {
}
