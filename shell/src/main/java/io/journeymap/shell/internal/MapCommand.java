package io.journeymap.shell.internal;

import io.journeymap.api.journey.MapStatus;
import io.journeymap.api.journey.MapView;
import io.journeymap.api.journey.TransitionStat;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "journeymap", name = "map",
        description = "The journey map: transitions between touchpoint types (or channels) with time between them")
@Service
public class MapCommand extends MapQueryOptions {

    @Option(name = "--channels", description = "Transitions between channels instead of touchpoint types")
    private boolean channels;

    @Option(name = "--min", description = "Hide transitions seen fewer times (default 1)")
    private long min = 1;

    @Override
    public Object execute() {
        MapView view = map.map(query());
        MapStatus status = map.status();
        System.out.printf("%s .. %s  segment %s: %d journeys started, %d converted, %d lost, %d dropped, %d late touchpoints%n",
                view.query().from(), view.query().to(), view.query().segment(), view.journeysStarted(), view.conversions(),
                view.losses(), view.dropOffs(), view.lateTouchpoints());
        System.out.printf("map at timeline position %d of %d, watermark %s, %d open journeys%n", status.checkpoint(),
                status.latest(), status.watermark(), status.openJourneys());
        ShellTable t = new ShellTable();
        for (String c : new String[] {"from", "to", "count", "probability", "median", "p90"}) {
            t.column(c);
        }
        for (TransitionStat s : channels ? view.channelTransitions() : view.transitions()) {
            if (s.count() >= min) {
                t.addRow().addContent(s.from(), s.to(), s.count(), percent(s.probability()), seconds(s.medianSeconds()),
                        seconds(s.p90Seconds()));
            }
        }
        t.print(System.out);
        return null;
    }
}
