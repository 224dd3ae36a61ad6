package io.journeymap.shell.internal;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.identity.IdentityGraph;
import io.journeymap.api.identity.MergeLogEntry;
import io.journeymap.api.identity.ProfileIdentity;
import java.util.Optional;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code journeymap:profile}: a person by any identifier (or profile id), with identifiers and merge history. */
@Command(scope = "journeymap", name = "profile", description = "Shows a profile: its identifiers and merge history")
@Service
public class ProfileCommand implements Action {

    @Reference
    private IdentityGraph identity;

    @Argument(index = 0, name = "type", required = true,
            description = "An identifier type (user_id, email, phone, anonymous_id, ...) or 'profile' for a profile id")
    private String type;

    @Argument(index = 1, name = "value", required = true, description = "The identifier, as a source would send it")
    private String value;

    @Option(name = "--no-log", description = "Leave out the merge history")
    private boolean noLog;

    @Override
    public Object execute() {
        Optional<ProfileIdentity> found;
        if (type.equals("profile")) {
            found = identity.profile(value);
        } else {
            Optional<IdentifierType> t = IdentifierType.fromWireName(type);
            if (t.isEmpty()) {
                throw new IllegalArgumentException("type: unknown identifier type");
            }
            found = identity.lookup(Identifier.of(t.get(), value));
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no profile holds this identifier");
        }
        ProfileIdentity p = found.get();
        System.out.println("profile " + p.profileId() + " (created " + p.createdAt() + ")");
        ShellTable ids = new ShellTable();
        ids.column("type");
        ids.column("value");
        p.identifiers().forEach(i -> ids.addRow().addContent(i.type().wireName(), i.value()));
        ids.print(System.out);
        if (!noLog) {
            ShellTable log = new ShellTable();
            for (String c : new String[] {"entry", "when", "decision", "profile", "other", "rule", "evidence"}) {
                log.column(c);
            }
            for (MergeLogEntry e : identity.mergeLog(p.profileId())) {
                log.addRow().addContent(e.entryId(), e.loggedAt(), e.decision(), e.profileId(),
                        e.otherProfileId() == null ? "" : e.otherProfileId(), e.rule(),
                        String.join(",", e.evidence().stream().map(IdentifierType::wireName).toList()));
            }
            log.print(System.out);
        }
        return null;
    }
}
