package io.journeymap.identity.internal.matching;

/**
 * Computes the key of a record for one blocking pass: only records with equal keys become
 * candidate pairs in that pass. Returns {@code null} when the record has no key (a field the key
 * needs is missing); such a record takes no part in the pass. Implementations are stateless.
 */
@FunctionalInterface
public interface BlockingKey {

    String key(MatchRecord record);
}
