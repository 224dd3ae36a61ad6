package io.journeymap.journey.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every state's transition row as it stands at a given instant: the scenario's row, then the row
 * with each shift applied (cumulatively) from its date on.
 */
final class RowSchedule {

    private record Dated(Instant from, TransitionRow row) {
    }

    private final Map<String, List<Dated>> rows = new HashMap<>();

    RowSchedule(Scenario scenario, List<ProbabilityShift> shifts) {
        List<ProbabilityShift> byDate = new ArrayList<>(shifts);
        byDate.sort(Comparator.comparing(ProbabilityShift::effectiveFrom));
        scenario.transitions().forEach((from, probabilities) -> {
            List<Dated> dated = new ArrayList<>();
            TransitionRow row = new TransitionRow(probabilities, scenario.meanGaps().get(from));
            dated.add(new Dated(Instant.MIN, row));
            for (ProbabilityShift shift : byDate) {
                if (shift.from().equals(from)) {
                    row = row.shifted(shift.to(), shift.factor(), scenario.meanGaps().get(from));
                    dated.add(new Dated(shift.effectiveFrom(), row));
                }
            }
            rows.put(from, dated);
        });
    }

    TransitionRow at(String from, Instant time) {
        List<Dated> dated = rows.get(from);
        for (int i = dated.size() - 1; i > 0; i--) {
            if (!time.isBefore(dated.get(i).from())) {
                return dated.get(i).row();
            }
        }
        return dated.get(0).row();
    }
}
