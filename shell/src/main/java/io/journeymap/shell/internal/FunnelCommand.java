package io.journeymap.shell.internal;

import io.journeymap.api.journey.FunnelStage;
import io.journeymap.api.journey.JourneyChange;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "journeymap", name = "funnel",
        description = "The funnel: entries, outcomes, drop-off probability and stall time per stage, and friction")
@Service
public class FunnelCommand extends MapQueryOptions {

    @Option(name = "--baseline-days", description = "Days before the range to compare friction against (default 28)")
    private int baselineDays = 28;

    @Override
    public Object execute() {
        ShellTable t = new ShellTable();
        for (String c : new String[] {"stage", "entered", "progressed", "converted", "lost", "dropped", "open", "drop-off",
            "median stall", "p90 stall"}) {
            t.column(c);
        }
        var query = query();
        for (FunnelStage s : map.funnel(query).stages()) {
            t.addRow().addContent(s.stage(), s.entered(), s.progressed(), s.converted(), s.lost(), s.dropped(), s.open(),
                    percent(s.dropOffProbability()), seconds(s.medianStallSeconds()), seconds(s.p90StallSeconds()));
        }
        t.print(System.out);
        for (JourneyChange f : map.friction(query, baselineDays)) {
            System.out.printf("friction: %s %s rose from %.4g to %.4g (h=%.2f, q=%.2g)%n", f.subject(), f.metric(),
                    f.baseline(), f.current(), f.effectSize(), f.qValue());
        }
        return null;
    }
}
