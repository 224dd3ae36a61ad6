package io.journeymap.connector.common.rows;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import java.util.List;

/**
 * What one record mapped to: an event, nothing (a record deliberately skipped), or the rules it broke.
 *
 * @param event      the event, or null
 * @param violations the broken rules, empty when mapped or skipped
 */
public record RowOutcome(TouchpointEvent event, List<Violation> violations) {

    /** The list is copied. */
    public RowOutcome {
        violations = List.copyOf(violations);
    }

    /** @return an outcome holding the event */
    public static RowOutcome of(TouchpointEvent event) {
        return new RowOutcome(event, List.of());
    }

    /** @return an outcome holding the broken rules */
    public static RowOutcome rejected(List<Violation> violations) {
        return new RowOutcome(null, violations);
    }
}
