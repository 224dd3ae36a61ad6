package io.journeymap.shell.internal;

import io.journeymap.api.journey.Influence;
import io.journeymap.api.journey.InfluenceLevel;
import io.journeymap.api.journey.InfluenceRow;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "journeymap", name = "influence",
        description = "Influence on conversion per channel or touchpoint type, as shares under each model")
@Service
public class InfluenceCommand extends MapQueryOptions {

    @Option(name = "--touchpoints", description = "Per touchpoint type instead of per channel")
    private boolean touchpoints;

    @Override
    public Object execute() {
        Influence influence = map.influence(query(), touchpoints ? InfluenceLevel.TOUCHPOINT : InfluenceLevel.CHANNEL);
        System.out.printf("%d conversions; higher-order Markov of order %d%n", influence.conversions(), influence.higherOrder());
        List<String> models = influence.rows().isEmpty() ? List.of() : new ArrayList<>(influence.rows().get(0).shares().keySet());
        ShellTable t = new ShellTable();
        t.column(touchpoints ? "touchpoint" : "channel");
        t.column("removal effect");
        models.forEach(t::column);
        for (InfluenceRow r : influence.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(r.name());
            row.add(percent(r.removalEffect()));
            models.forEach(m -> row.add(percent(r.shares().getOrDefault(m, 0.0))));
            t.addRow().addContent(row);
        }
        t.print(System.out);
        return null;
    }
}
