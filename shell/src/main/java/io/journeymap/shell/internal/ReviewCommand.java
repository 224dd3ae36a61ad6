package io.journeymap.shell.internal;

import io.journeymap.api.identity.IdentityGraph;
import io.journeymap.api.identity.ReviewItem;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code journeymap:review}: without arguments lists the pending pairs; {@code accept N} or
 * {@code reject N} decides one.
 */
@Command(scope = "journeymap", name = "review", description = "Lists or decides the probabilistic matching review queue")
@Service
public class ReviewCommand implements Action {

    @Reference
    private IdentityGraph identity;

    @Argument(index = 0, name = "decision", required = false, description = "accept or reject")
    @Completion(value = StringsCompleter.class, values = {"accept", "reject"})
    private String decision;

    @Argument(index = 1, name = "reviewId", required = false, description = "The review item to decide")
    private Long reviewId;

    @Override
    public Object execute() {
        if (decision == null) {
            ShellTable table = new ShellTable();
            for (String c : new String[] {"review", "probability", "profile", "other"}) {
                table.column(c);
            }
            for (ReviewItem i : identity.reviewQueue()) {
                table.addRow().addContent(i.reviewId(), String.format("%.4f", i.probability()), i.profileId(),
                        i.otherProfileId());
            }
            table.print(System.out);
            return null;
        }
        if (!(decision.equals("accept") || decision.equals("reject")) || reviewId == null) {
            throw new IllegalArgumentException("usage: journeymap:review [accept|reject REVIEW_ID]");
        }
        ReviewItem decided = identity.decideReview(reviewId, decision.equals("accept"));
        System.out.println("review " + decided.reviewId() + ": " + decided.status());
        return null;
    }
}
