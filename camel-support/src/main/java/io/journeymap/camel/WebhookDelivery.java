package io.journeymap.camel;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one webhook delivery held, item by item: events to store, items refused with the rules they
 * broke, and items deliberately not stored (kinds that are no touchpoint, such as a deferral).
 */
public final class WebhookDelivery {

    /**
     * One refused item.
     *
     * @param index  its position in the delivery (0 for single-item webhooks)
     * @param id     the sender's id for it, when it had one
     * @param errors the broken rules, each naming its field
     */
    public record Rejected(int index, String id, List<Violation> errors) {
    }

    private final List<TouchpointEvent> accepted = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();
    private final Map<String, Integer> ignored = new LinkedHashMap<>();

    /** @param event a valid event to store */
    public void accept(TouchpointEvent event) {
        accepted.add(event);
    }

    /**
     * @param index  the item's position
     * @param id     the sender's id for it, may be null
     * @param errors the broken rules
     */
    public void reject(int index, String id, List<Violation> errors) {
        rejected.add(new Rejected(index, id, List.copyOf(errors)));
    }

    /** @param kind the kind of item acknowledged without storing, e.g. {@code deferred} */
    public void ignore(String kind) {
        ignored.merge(kind, 1, Integer::sum);
    }

    /** @return the events to store, in delivery order */
    public List<TouchpointEvent> accepted() {
        return List.copyOf(accepted);
    }

    /** @return the refused items */
    public List<Rejected> rejected() {
        return List.copyOf(rejected);
    }

    /** @return how many items of each kind were acknowledged without storing */
    public Map<String, Integer> ignored() {
        return Map.copyOf(ignored);
    }

    /**
     * A delivery is refused as a whole (400) only when nothing in it was usable: answering 400 to a
     * batch that held good events too would make the sender retry all of them for an item that will
     * never get better.
     *
     * @return whether the answer is 400
     */
    public boolean refusedAsAWhole() {
        return !rejected.isEmpty() && accepted.isEmpty() && ignored.isEmpty();
    }
}
