package io.journeymap.shell.internal;

import io.journeymap.api.identity.IdentityGraph;
import io.journeymap.api.identity.UnmergeResult;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code journeymap:unmerge}: undoes one merge, as the admin API's unmerge does. */
@Command(scope = "journeymap", name = "unmerge",
        description = "Undoes a merge: identifiers and events go back to the person they came from")
@Service
public class UnmergeCommand implements Action {

    @Reference
    private IdentityGraph identity;

    @Argument(index = 0, name = "profile", required = true, description = "The profile that absorbed the other")
    private String profileId;

    @Argument(index = 1, name = "mergeEntryId", required = true,
            description = "The entry of the MERGED decision in journeymap:profile's merge history")
    private long mergeEntryId;

    @Override
    public Object execute() {
        UnmergeResult r = identity.unmerge(profileId, mergeEntryId);
        System.out.println("kept " + r.kept().profileId() + " (" + r.kept().identifiers().size() + " identifiers), restored "
                + r.restored().profileId() + " (" + r.restored().identifiers().size() + " identifiers), "
                + r.eventsMoved() + " events moved");
        return null;
    }
}
