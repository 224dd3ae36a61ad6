package io.journeymap.shell.internal;

import io.journeymap.api.identity.IdentityGraph;
import io.journeymap.api.identity.MatchRunResult;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code journeymap:match}: one probabilistic matching run, as {@code POST /api/v1/identity/match}. */
@Command(scope = "journeymap", name = "match",
        description = "Runs probabilistic matching over the profiles' person attributes and queues likely pairs")
@Service
public class MatchCommand implements Action {

    @Reference
    private IdentityGraph identity;

    @Override
    public Object execute() {
        MatchRunResult r = identity.matchProfiles();
        System.out.printf("%d profiles compared, %d candidate pairs, EM in %d iterations: %d merged, %d queued for"
                + " review, %d refused by a rule%n", r.profilesCompared(), r.candidatePairs(), r.emIterations(), r.merged(),
                r.queued(), r.refused());
        return null;
    }
}
