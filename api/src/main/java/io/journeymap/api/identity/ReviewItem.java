package io.journeymap.api.identity;

import java.time.Instant;

/**
 * A pair of profiles that probabilistic matching found likely to be one person, for an admin to
 * accept (merge) or reject (keep apart for good).
 *
 * @param reviewId       the item's id
 * @param profileId      one profile
 * @param otherProfileId the other
 * @param probability    the posterior probability that they are one person
 * @param weight         the Fellegi-Sunter log2 likelihood-ratio weight of the pair
 * @param status         PENDING, ACCEPTED or REJECTED
 * @param createdAt      when matching queued it
 * @param decidedAt      when an admin decided, or null
 */
public record ReviewItem(long reviewId, String profileId, String otherProfileId, double probability, double weight,
        String status, Instant createdAt, Instant decidedAt) {
}
