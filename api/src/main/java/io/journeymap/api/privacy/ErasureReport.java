package io.journeymap.api.privacy;

import java.time.Instant;
import java.util.Map;

/**
 * What an erasure did. It names no identifier.
 *
 * @param requestId  the request's id
 * @param completedAt when it finished
 * @param profiles   how many profiles were erased
 * @param erased     rows deleted per store and table, e.g. {@code identity.identity_link}
 * @param suppressed whether the identifiers are now suppressed (dropped at ingest from now on)
 */
public record ErasureReport(String requestId, Instant completedAt, int profiles, Map<String, Long> erased,
        boolean suppressed) {
}
