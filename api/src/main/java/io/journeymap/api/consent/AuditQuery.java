package io.journeymap.api.consent;

/**
 * A filter over the enforcement audit log; null fields match everything.
 *
 * @param point     an enforcement point
 * @param purpose   a purpose
 * @param subject   a profile id or an identifier's {@code h:<hash>}
 * @param permitted only permitted (true) or only withheld (false) decisions
 * @param limit     the most entries to return, newest first
 */
public record AuditQuery(EnforcementPoint point, String purpose, String subject, Boolean permitted, int limit) {
}
