package io.journeymap.shell.internal;

import io.journeymap.api.journey.PathStat;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "journeymap", name = "paths", description = "The most taken paths of journeys that ended in the range")
@Service
public class PathsCommand extends MapQueryOptions {

    @Option(name = "--limit", description = "How many paths (default 20)")
    private int limit = 20;

    @Override
    public Object execute() {
        ShellTable t = new ShellTable();
        for (String c : new String[] {"journeys", "conversions", "rate", "path"}) {
            t.column(c);
        }
        for (PathStat p : map.paths(query(), limit)) {
            t.addRow().addContent(p.journeys(), p.conversions(), percent(p.conversionRate()), String.join(" > ", p.path()));
        }
        t.print(System.out);
        return null;
    }
}
