package io.journeymap.api.scoring;

import java.util.List;
import java.util.Optional;

/**
 * The scores journeymap keeps about people. Scores are computed as touchpoints arrive, only for
 * people whose consent permits personalization; this interface reads them and scores text on demand.
 */
public interface Scorer {

    /**
     * @param profileId a person's profile
     * @param kind      what to read, or null for every kind
     * @param limit     the most scores to return
     * @return the person's scores, newest event first; empty for an unknown person or one without consent
     */
    List<Score> scores(String profileId, ScoreKind kind, int limit);

    /**
     * @param profileId a person's profile
     * @param kind      what to read
     * @return the person's latest score of that kind, if any
     */
    Optional<Score> latest(String profileId, ScoreKind kind);

    /**
     * Scores free text with the serving sentiment model, for admins and tests; nothing is stored and no
     * person is involved, so no consent is needed.
     *
     * @param texts the texts
     * @return one score in [-1, 1] per text, in order
     * @throws IllegalStateException when no sentiment model is serving
     */
    List<Double> sentiment(List<String> texts);
}
