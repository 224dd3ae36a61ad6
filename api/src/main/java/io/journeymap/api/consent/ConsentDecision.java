package io.journeymap.api.consent;

/**
 * The answer of an enforcement check.
 *
 * @param permitted whether the purpose may go ahead
 * @param purpose   the purpose asked for
 * @param reason    why, in words an auditor reads: {@code granted by tcf at 2026-11-29T10:00:00Z},
 *                  {@code revoked by cmp:onetrust at …}, {@code default:EU:opt_in}, {@code erased} …
 */
public record ConsentDecision(boolean permitted, String purpose, String reason) {
}
