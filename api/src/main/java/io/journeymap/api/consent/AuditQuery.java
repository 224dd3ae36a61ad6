package io.journeymap.api.consent;

import java.util.List;

/**
 * A filter over the enforcement audit log; null fields match everything.
 *
 * @param point     an enforcement point
 * @param purpose   a purpose
 * @param subjects  profile ids and identifier hashes ({@code h:<hash>}) to match; empty matches all
 * @param permitted only permitted (true) or only withheld (false) decisions
 * @param limit     the most entries to return, newest first
 */
public record AuditQuery(EnforcementPoint point, String purpose, List<String> subjects, Boolean permitted, int limit) {

    /** Subjects are never null. */
    public AuditQuery {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }
}
