package io.journeymap.camel;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import java.util.List;

/** What one webhook item became: an event, a deliberate skip, or the rules it broke. */
public sealed interface ItemOutcome {

    /** @param event the canonical event */
    record Event(TouchpointEvent event) implements ItemOutcome {
    }

    /** @param kind what was skipped, e.g. {@code deferred}; acknowledged, not stored */
    record Ignored(String kind) implements ItemOutcome {
    }

    /** @param violations every broken rule, each naming its field */
    record Invalid(List<Violation> violations) implements ItemOutcome {
    }

    /**
     * @param event a mapped event
     * @return the event, or the canonical rules it breaks
     */
    static ItemOutcome validated(TouchpointEvent event) {
        List<Violation> broken = io.journeymap.api.event.EventValidator.validate(event);
        return broken.isEmpty() ? new Event(event) : new Invalid(broken);
    }

    /**
     * @param delivery where to record the outcome
     * @param index    the item's position in the delivery
     * @param id       the sender's id for the item, may be null
     */
    default void addTo(WebhookDelivery delivery, int index, String id) {
        if (this instanceof Event e) {
            delivery.accept(e.event());
        } else if (this instanceof Ignored i) {
            delivery.ignore(i.kind());
        } else if (this instanceof Invalid i) {
            delivery.reject(index, id, i.violations());
        }
    }
}
