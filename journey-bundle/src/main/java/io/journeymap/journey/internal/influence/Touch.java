package io.journeymap.journey.internal.influence;

import java.time.Instant;
import java.util.Objects;

/**
 * One touch of a journey for heuristic attribution.
 *
 * @param name the channel or touchpoint type credited
 * @param time when the touch happened
 */
public record Touch(String name, Instant time) {

    /** Validates the touch. */
    public Touch {
        JourneyStates.requireTouchName(name, "a touch's name");
        Objects.requireNonNull(time, "a touch's time");
    }
}
