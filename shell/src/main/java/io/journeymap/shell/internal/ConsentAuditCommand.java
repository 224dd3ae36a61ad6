package io.journeymap.shell.internal;

import io.journeymap.api.consent.AuditEntry;
import io.journeymap.api.consent.AuditQuery;
import io.journeymap.api.consent.ConsentService;
import io.journeymap.api.consent.EnforcementPoint;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "journeymap", name = "consent-audit",
        description = "Enforcement decisions, newest first: what was withheld at ingest, every scoring and activation check")
@Service
public class ConsentAuditCommand implements Action {

    @Reference
    private ConsentService consent;

    @Option(name = "--point", description = "INGEST, SCORING or ACTIVATION")
    private String point;

    @Option(name = "--purpose", description = "A purpose")
    private String purpose;

    @Option(name = "--profile", description = "A profile id")
    private String profile;

    @Option(name = "--identifier", description = "An identifier as type:value; its keyed hash is looked up")
    private String identifier;

    @Option(name = "--limit", description = "The most entries to show (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        java.util.List<String> subjects = profile == null ? java.util.List.of() : java.util.List.of(profile);
        if (identifier != null) {
            String[] tv = identifier.split(":", 2);
            if (tv.length != 2) {
                throw new IllegalArgumentException("--identifier: must be type:value");
            }
            subjects = consent.auditSubjects(Identifiers.parse(tv[0], tv[1]));
        }
        EnforcementPoint p = point == null ? null : EnforcementPoint.valueOf(point.toUpperCase(Locale.ROOT));
        ShellTable t = new ShellTable();
        for (String c : new String[] {"entry", "at", "point", "purpose", "permitted", "subject", "reason", "detail"}) {
            t.column(c);
        }
        for (AuditEntry e : consent.audit(new AuditQuery(p, purpose, subjects, null, limit))) {
            t.addRow().addContent(e.entryId(), e.at(), e.point(), e.purpose(), e.permitted(), e.subject(), e.reason(),
                    e.detail());
        }
        t.print(System.out);
        return null;
    }
}
