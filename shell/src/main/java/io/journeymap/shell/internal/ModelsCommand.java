package io.journeymap.shell.internal;

import io.journeymap.api.scoring.ModelRegistry;
import io.journeymap.api.scoring.ModelVersion;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code journeymap:models [--promote|--shadow VERSION | --rollback] MODEL}: the registry, and the
 * changes of which version serves.
 */
@Command(scope = "journeymap", name = "models",
        description = "Lists model versions; --promote, --shadow or --rollback changes which one serves")
@Service
public class ModelsCommand implements Action {

    @Reference(optional = true)
    private ModelRegistry registry;

    @Argument(index = 0, name = "model", required = false, description = "The model, e.g. sentiment (required to change it)")
    private String model;

    @Option(name = "--promote", description = "Serve this version")
    private Integer promote;

    @Option(name = "--shadow", description = "Score with this version beside the serving one, without serving it")
    private Integer shadow;

    @Option(name = "--rollback", description = "Serve again the version that served before")
    private boolean rollback;

    @Override
    public Object execute() {
        if (ScoringFeature.missing(registry)) {
            return null;
        }
        if (promote != null || shadow != null || rollback) {
            if (model == null) {
                System.out.println("name the model to change, e.g. journeymap:models --promote 2 sentiment");
                return null;
            }
            ModelVersion v = promote != null ? registry.promote(model, promote)
                    : shadow != null ? registry.shadow(model, shadow) : registry.rollback(model);
            System.out.printf("%s version %d is %s%n", v.model(), v.version(), v.status());
        }
        ShellTable t = new ShellTable();
        for (String c : new String[] {"model", "version", "status", "metrics", "trained on", "features", "created"}) {
            t.column(c);
        }
        for (ModelVersion v : registry.versions()) {
            if (model == null || v.model().equals(model)) {
                t.addRow().addContent(v.model(), v.version(), v.status(), v.metrics(), v.trainedOn(), v.features(),
                        v.createdAt());
            }
        }
        t.print(System.out);
        return null;
    }
}
