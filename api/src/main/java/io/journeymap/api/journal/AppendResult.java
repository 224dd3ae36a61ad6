package io.journeymap.api.journal;

/**
 * What one append did.
 *
 * @param appended   how many events were new and are now durable
 * @param duplicates how many were already in the journal and were dropped
 */
public record AppendResult(int appended, int duplicates) {
}
