package io.journeymap.api.scoring;

import java.util.List;
import java.util.Optional;

/**
 * The versions of every model, and which one serves. Changing the serving version switches scoring
 * without a restart: every touchpoint is scored by exactly one serving version.
 */
public interface ModelRegistry {

    /** @return every model's versions, newest first per model */
    List<ModelVersion> versions();

    /**
     * @param model a model's name
     * @return its serving version, if any
     */
    Optional<ModelVersion> serving(String model);

    /**
     * Makes a version the serving one; the previous serving version is retired.
     *
     * @param model   the model
     * @param version the version
     * @return the version as it now stands
     * @throws IllegalArgumentException naming the model or version when it does not exist
     */
    ModelVersion promote(String model, int version);

    /**
     * Lets a version score alongside the serving one without being served.
     *
     * @param model   the model
     * @param version the version
     * @return the version as it now stands
     * @throws IllegalArgumentException naming the model or version when it does not exist
     */
    ModelVersion shadow(String model, int version);

    /**
     * Serves the version that served before the current one again.
     *
     * @param model the model
     * @return the version serving now
     * @throws IllegalArgumentException when the model has no earlier serving version
     */
    ModelVersion rollback(String model);
}
