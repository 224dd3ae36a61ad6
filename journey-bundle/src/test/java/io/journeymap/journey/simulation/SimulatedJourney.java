package io.journeymap.journey.simulation;

import io.journeymap.journey.internal.influence.JourneyPath;
import io.journeymap.journey.internal.influence.Touch;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One simulated customer's journey.
 *
 * @param customer       the customer's index, enough to simulate the same customer again
 * @param touches        the touches, oldest first
 * @param converted      whether the journey ended in a conversion
 * @param conversionTime when it converted, null if it did not
 */
public record SimulatedJourney(long customer, List<SimulatedTouch> touches, boolean converted, Instant conversionTime) {

    /** Copies the touches. */
    public SimulatedJourney {
        touches = List.copyOf(touches);
    }

    /** @return a stable customer id, as a store would hold it */
    public String customerId() {
        return "sim-" + customer;
    }

    /** @return the touchpoint types visited */
    public List<String> types() {
        return touches.stream().map(SimulatedTouch::type).toList();
    }

    /** @return the channels visited, consecutive repeats kept */
    public List<String> channels() {
        return touches.stream().map(SimulatedTouch::channel).toList();
    }

    /** @return the set of channels touched, for Shapley coalitions */
    public Set<String> channelSet() {
        return new LinkedHashSet<>(channels());
    }

    /** @return the journey as a path of touchpoint types */
    public JourneyPath typePath() {
        return JourneyPath.of(types(), converted);
    }

    /** @return the journey as a path of channels */
    public JourneyPath channelPath() {
        return JourneyPath.of(channels(), converted);
    }

    /** @return the touches credited to their channels, for heuristic attribution */
    public List<Touch> channelTouches() {
        return touches.stream().map(SimulatedTouch::byChannel).toList();
    }
}
