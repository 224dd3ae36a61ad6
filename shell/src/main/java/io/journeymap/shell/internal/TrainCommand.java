package io.journeymap.shell.internal;

import io.journeymap.api.scoring.ModelTraining;
import io.journeymap.api.scoring.TrainingReport;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code journeymap:train sentiment}: one gated training run. */
@Command(scope = "journeymap", name = "train",
        description = "Trains a new model version, evaluates it on held-out data and registers it only if it beats the serving one")
@Service
public class TrainCommand implements Action {

    @Reference(optional = true)
    private ModelTraining training;

    @Argument(index = 0, name = "model", required = true, description = "The model, e.g. sentiment")
    private String model;

    @Override
    public Object execute() {
        if (ScoringFeature.missing(training)) {
            return null;
        }
        TrainingReport r = training.train(model);
        System.out.printf("%s: %s%n", r.model(), r.registered() ? "registered version " + r.version() + " (" + r.status() + ")"
                : "no new version");
        System.out.printf("  held-out metrics %s%n", r.metrics());
        System.out.printf("  serving version on the same data %s%n", r.servingMetrics().isEmpty() ? "-" : r.servingMetrics());
        System.out.printf("  trained on %s in %d ms: %s%n", r.trainedOn(), r.millis(), r.reason());
        return null;
    }
}
