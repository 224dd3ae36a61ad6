package io.journeymap.api.scoring;

/**
 * Trains models inside the product ({@code journeymap:train}, REST, and on a schedule). Every run is
 * gated: the new version is evaluated on held-out data and registered only if it beats the serving
 * version on the same data; the first version of a model serves at once.
 */
public interface ModelTraining {

    /**
     * @param model the model's name, e.g. {@code sentiment}
     * @return what the run did
     * @throws IllegalArgumentException naming the model when it is unknown or has no training data
     */
    TrainingReport train(String model);
}
