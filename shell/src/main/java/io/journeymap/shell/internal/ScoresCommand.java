package io.journeymap.shell.internal;

import io.journeymap.api.scoring.Score;
import io.journeymap.api.scoring.ScoreKind;
import io.journeymap.api.scoring.Scorer;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code journeymap:scores PROFILE [--kind sentiment]}: a person's scores with the model version of each. */
@Command(scope = "journeymap", name = "scores", description = "A person's scores, newest touchpoint first, with the model that gave each")
@Service
public class ScoresCommand implements Action {

    @Reference(optional = true)
    private Scorer scorer;

    @Argument(index = 0, name = "profile", required = true, description = "The profile id")
    private String profile;

    @Option(name = "--kind", description = "sentiment, propensity or drop-off")
    private String kind;

    @Option(name = "--limit", description = "The most scores to show (default 20)")
    private int limit = 20;

    @Override
    public Object execute() {
        if (ScoringFeature.missing(scorer)) {
            return null;
        }
        ScoreKind k = null;
        if (kind != null) {
            k = ScoreKind.fromWireName(kind).orElse(null);
            if (k == null) {
                System.out.println("--kind must be sentiment, propensity or drop-off");
                return null;
            }
        }
        ShellTable t = new ShellTable();
        for (String c : new String[] {"kind", "value", "touchpoint", "event time", "model", "version"}) {
            t.column(c);
        }
        for (Score s : scorer.scores(profile, k, limit)) {
            t.addRow().addContent(s.kind().wireName(), String.format("%.3f", s.value()), s.messageId(), s.eventTime(),
                    s.model(), s.modelVersion());
        }
        t.print(System.out);
        return null;
    }
}
