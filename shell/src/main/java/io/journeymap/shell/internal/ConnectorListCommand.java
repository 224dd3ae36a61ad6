package io.journeymap.shell.internal;

import io.journeymap.api.connector.ConnectorStatus;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code journeymap:connector-list}: every connector instance registered, with its state and activity. */
@Command(scope = "journeymap", name = "connector-list",
        description = "Lists the connectors: state, last checkpoint, events in the last minute, errors")
@Service
public class ConnectorListCommand implements Action {

    @Reference(optional = true)
    private List<ConnectorStatus> connectors;

    @Override
    public Object execute() {
        ShellTable t = new ShellTable();
        for (String c : new String[] {"connector", "instance", "state", "last checkpoint", "events/min", "errors",
            "last error"}) {
            t.column(c);
        }
        List<ConnectorStatus> sorted = connectors == null ? List.of() : connectors.stream()
                .sorted(Comparator.comparing(ConnectorStatus::name).thenComparing(ConnectorStatus::instance)).toList();
        for (ConnectorStatus s : sorted) {
            t.addRow().addContent(s.name(), s.instance(), s.state(), s.lastCheckpoint().orElse("-"),
                    s.eventsLastMinute(), s.errors(), s.lastError().orElse("-"));
        }
        t.print(System.out);
        return null;
    }
}
