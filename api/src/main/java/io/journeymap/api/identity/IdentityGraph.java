package io.journeymap.api.identity;

import io.journeymap.api.event.Identifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading and correcting the identity graph: lookups, merge history and unmerge. */
public interface IdentityGraph {

    /**
     * @param identifier an identifier as a source would send it; it is normalised first
     * @return the profile that holds it now, if any
     */
    Optional<ProfileIdentity> lookup(Identifier identifier);

    /**
     * @param profileId a profile id; one that was merged away leads to the profile it is part of now
     * @return the profile, if it exists
     */
    Optional<ProfileIdentity> profile(String profileId);

    /**
     * @param identifier an identifier as a source would send it
     * @return its normalised form, or empty when it is not a valid identifier of its type
     */
    Optional<Identifier> normalize(Identifier identifier);

    /**
     * The batch form of {@link #lookup}, for the consent gate: one round trip for many identifiers.
     *
     * @param normalised normalised identifiers
     * @return the profile holding each identifier that is held by one (their {@code createdAt} is not loaded: null)
     */
    Map<Identifier, ProfileIdentity> lookupAll(Collection<Identifier> normalised);

    /**
     * @param profileId a live profile id
     * @return the profile id and every profile id ever merged into it (directly or not)
     */
    List<String> profileHistory(String profileId);

    /**
     * @param profileId a profile id
     * @return every merge, refusal and unmerge that involved the profile, oldest first
     */
    List<MergeLogEntry> mergeLog(String profileId);

    /**
     * Undoes one merge: the absorbed profile gets back the identifiers it brought, the events of
     * both are re-assigned by their identifiers, and the two are never merged again automatically.
     *
     * @param profileId    the profile that absorbed the other
     * @param mergeEntryId the {@link MergeLogEntry#entryId()} of the merge to undo
     * @return the two profiles after the split
     * @throws IllegalArgumentException naming the rule when the entry is not a merge into this profile
     */
    UnmergeResult unmerge(String profileId, long mergeEntryId);

    /**
     * Links profiles that share no identifier but whose person attributes (name, address, date of
     * birth, phone) say they are one person: Fellegi-Sunter with m/u probabilities estimated by EM
     * on the current profiles. Pairs above the upper threshold merge when auto-merge is enabled;
     * the others above the lower threshold go to the review queue.
     *
     * @return what the run did
     */
    MatchRunResult matchProfiles();

    /** @return the pending review items, most likely first */
    List<ReviewItem> reviewQueue();

    /**
     * @param reviewId a pending item
     * @param accept   true merges the two; false keeps them apart for good
     * @return the decided item
     * @throws IllegalArgumentException naming the rule when the item is not pending or a merge would break a rule
     */
    ReviewItem decideReview(long reviewId, boolean accept);
}
