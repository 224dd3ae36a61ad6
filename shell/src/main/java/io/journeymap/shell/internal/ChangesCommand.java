package io.journeymap.shell.internal;

import io.journeymap.api.journey.JourneyChange;
import io.journeymap.api.journey.JourneyMap;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "journeymap", name = "changes",
        description = "The feed of significant changes in the journey map (current window against its baseline)")
@Service
public class ChangesCommand implements Action {

    @Reference
    private JourneyMap map;

    @Option(name = "--detect", description = "Run change detection now and show what it added")
    private boolean detect;

    @Option(name = "--after", description = "Show changes after this feed position (default 0)")
    private long after;

    @Option(name = "--limit", description = "The most changes to show (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        List<JourneyChange> changes = detect ? map.detectChanges() : map.changes(after, limit);
        ShellTable t = new ShellTable();
        for (String c : new String[] {"id", "segment", "metric", "subject", "baseline", "current", "effect (h)", "p", "q",
            "current window"}) {
            t.column(c);
        }
        for (JourneyChange c : changes) {
            t.addRow().addContent(c.id(), c.segment(), c.metric(), c.subject(), String.format("%.4g", c.baseline()),
                    String.format("%.4g", c.current()), String.format("%.2f", c.effectSize()), String.format("%.2g", c.pValue()),
                    String.format("%.2g", c.qValue()), c.currentFrom() + ".." + c.currentTo());
        }
        t.print(System.out);
        return null;
    }
}
