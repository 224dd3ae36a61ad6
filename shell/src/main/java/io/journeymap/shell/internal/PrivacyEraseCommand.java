package io.journeymap.shell.internal;

import io.journeymap.api.privacy.ErasureReport;
import io.journeymap.api.privacy.PrivacyRequests;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "journeymap", name = "privacy-erase",
        description = "Erases a person from every store (right to erasure); their aggregates stay as anonymous counts")
@Service
public class PrivacyEraseCommand implements Action {

    @Reference
    private PrivacyRequests privacy;

    @Argument(index = 0, name = "type", required = true, description = "An identifier type: user_id, email, ...")
    private String type;

    @Argument(index = 1, name = "value", required = true, description = "The identifier")
    private String value;

    @Option(name = "--suppress", description = "Drop this person's events at ingest from now on")
    private boolean suppress;

    @Override
    public Object execute() {
        ErasureReport r = privacy.erase(Identifiers.parse(type, value), suppress);
        System.out.println("erasure " + r.requestId() + ": " + r.profiles() + " profiles, suppressed " + r.suppressed());
        ShellTable t = new ShellTable();
        t.column("table");
        t.column("rows deleted");
        r.erased().forEach((table, n) -> t.addRow().addContent(table, n));
        t.print(System.out);
        return null;
    }
}
