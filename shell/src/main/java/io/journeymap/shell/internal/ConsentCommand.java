package io.journeymap.shell.internal;

import io.journeymap.api.consent.ConsentRecord;
import io.journeymap.api.consent.ConsentService;
import io.journeymap.api.consent.PurposeState;
import io.journeymap.api.event.Identifier;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "journeymap", name = "consent",
        description = "Shows a person's consent per purpose, and the ledger entries that bind them")
@Service
public class ConsentCommand implements Action {

    @Reference
    private ConsentService consent;

    @Argument(index = 0, name = "type", required = true, description = "An identifier type: user_id, email, ...")
    private String type;

    @Argument(index = 1, name = "value", required = true, description = "The identifier")
    private String value;

    @Option(name = "--no-history", description = "Leave out the ledger history")
    private boolean noHistory;

    @Override
    public Object execute() {
        Identifier id = Identifiers.parse(type, value);
        Map<String, PurposeState> state = consent.state(id);
        System.out.println("subject " + consent.subjectRef(id));
        ShellTable t = new ShellTable();
        t.column("purpose");
        t.column("granted");
        t.column("basis");
        t.column("decided by");
        state.values().forEach(s -> t.addRow().addContent(s.purpose(), s.granted(), s.basis(), s.latest() == null ? ""
                : s.latest().change().action() + " by " + s.latest().change().source() + " at "
                        + s.latest().change().eventTime()));
        t.print(System.out);
        if (!noHistory) {
            ShellTable h = new ShellTable();
            for (String c : new String[] {"entry", "event time", "purpose", "action", "source", "basis", "region"}) {
                h.column(c);
            }
            for (ConsentRecord r : consent.history(id)) {
                h.addRow().addContent(r.entryId(), r.change().eventTime(), r.change().purpose(), r.change().action(),
                        r.change().source(), r.change().legalBasis(), r.region() == null ? "" : r.region());
            }
            h.print(System.out);
        }
        return null;
    }
}
