package io.journeymap.scoring.internal.serving;

import java.util.List;

/** Something that gives texts a sentiment in [-1, 1]: a trained model version, or the lexicon baseline. */
public interface TextScorer extends AutoCloseable {

    /** @return the model's name as scores record it, e.g. {@code sentiment} or {@code vader-lexicon} */
    String model();

    /** @return the version as scores record it, e.g. {@code 3} */
    String version();

    /**
     * @param texts texts, any length (long ones are cut by the scorer)
     * @return one score per text, in order
     * @throws Exception when the engine fails
     */
    List<Double> score(List<String> texts) throws Exception;

    /** Frees the engine's resources; the default has none. */
    @Override
    default void close() {
    }
}
