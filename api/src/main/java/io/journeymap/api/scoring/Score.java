package io.journeymap.api.scoring;

import java.time.Instant;

/**
 * One score of one person, as stored.
 *
 * @param profileId    the person
 * @param kind         what it measures
 * @param value        the score, in the kind's range
 * @param messageId    the touchpoint it was computed for (its {@code source/messageId} key), or null for a
 *                     score of the whole journey
 * @param model        the model that produced it, e.g. {@code sentiment}
 * @param modelVersion the model's version, e.g. {@code 3}; with the model it says exactly what scored it
 * @param eventTime    when the scored touchpoint happened
 * @param scoredAt     when the score was computed
 */
public record Score(String profileId, ScoreKind kind, double value, String messageId, String model,
        String modelVersion, Instant eventTime, Instant scoredAt) {
}
