package io.journeymap.api.identity;

/**
 * The two profiles after an unmerge.
 *
 * @param kept          the profile that had absorbed the other, with what is left
 * @param restored      the profile split back out
 * @param eventsMoved   how many timeline events moved to the restored profile
 */
public record UnmergeResult(ProfileIdentity kept, ProfileIdentity restored, int eventsMoved) {
}
