package io.journeymap.api.scoring;

import java.time.Instant;
import java.util.Map;

/**
 * One trained version of a model, as the registry keeps it.
 *
 * @param model      the model's name, e.g. {@code sentiment}
 * @param version    its version, increasing per model
 * @param status     whether it serves, shadows, or is retired
 * @param metrics    its held-out evaluation (e.g. {@code pearson}, {@code f1}, {@code auc}, {@code logloss})
 * @param trainedOn  what it was trained on, e.g. {@code vader:tweets,amazon,movies} or a time range
 * @param features   the feature schema it expects, e.g. {@code sentiment-features/1}
 * @param createdAt  when it was registered
 */
public record ModelVersion(String model, int version, ModelStatus status, Map<String, Double> metrics,
        String trainedOn, String features, Instant createdAt) {
}
