package io.journeymap.identity.internal.normalize;

/** Normalises the values of one identifier family. Implementations are immutable and thread-safe. */
interface ValueNormalizer {

    /**
     * @param raw the value as sent, never null
     * @return the canonical value, or the rule it breaks
     */
    Outcome normalize(String raw);
}
