package io.journeymap.api.scoring;

import java.util.Map;

/**
 * What one training run did.
 *
 * @param model          the model trained
 * @param registered     whether the new version passed the gate and was registered
 * @param version        the registered version, or null when it did not pass
 * @param status         the registered version's status (serving when it was promoted), or null
 * @param metrics        the new version's held-out metrics
 * @param servingMetrics the serving version's metrics on the same held-out data, empty when none served
 * @param trainedOn      what it was trained on
 * @param reason         why it was registered or not, for admins
 * @param millis         how long the run took
 */
public record TrainingReport(String model, boolean registered, Integer version, ModelStatus status,
        Map<String, Double> metrics, Map<String, Double> servingMetrics, String trainedOn, String reason, long millis) {
}
