package io.journeymap.api.identity;

import io.journeymap.api.event.IdentifierType;
import java.time.Instant;
import java.util.List;

/**
 * One decision of the identity graph, with its evidence.
 *
 * @param entryId        the entry's id (for unmerge)
 * @param loggedAt       when it was decided
 * @param decision       what was decided
 * @param profileId      the profile that absorbed, refused or was split
 * @param otherProfileId the other profile, or null for a refused join of a new identifier
 * @param rule           the rule that decided it, e.g. {@code limit:user_id=1}
 * @param evidence       the identifier types that linked the two (never their values)
 * @param sourceKey      the source of the event that was the evidence, or null
 * @param messageId      that event's messageId, or null
 */
public record MergeLogEntry(long entryId, Instant loggedAt, Decision decision, String profileId, String otherProfileId,
        String rule, List<IdentifierType> evidence, String sourceKey, String messageId) {

    /** The kinds of decision. */
    public enum Decision {
        /** The other profile was merged into this one. */
        MERGED,
        /** A merge or a new identifier's join was refused by a rule. */
        REFUSED,
        /** An earlier merge was undone. */
        UNMERGED
    }

    /** Copies the list. */
    public MergeLogEntry {
        evidence = List.copyOf(evidence);
    }
}
