package io.journeymap.api.journey;

import io.journeymap.api.event.TouchpointEvent;
import java.util.List;
import java.util.Optional;

/**
 * Maps events to touchpoint types and touchpoint types to journey stages, as configured.
 */
public interface Taxonomy {

    /**
     * @param event an event
     * @return its touchpoint, or empty when the event is not a touchpoint (identify, alias, group)
     */
    Optional<Touchpoint> classify(TouchpointEvent event);

    /** @return the journey stages, in funnel order */
    List<String> stages();
}
