package io.journeymap.journey.internal.influence;

import java.util.List;

/**
 * One distinct journey and how many customers took it: the names visited in order (channels or
 * touchpoint types, no reserved names), whether it ended in a conversion, and the multiplicity, so
 * that a million identical short journeys are one row.
 *
 * @param names     the names visited, oldest first; may be empty (converted or lost before any touch)
 * @param converted whether the journey ended in {@link JourneyStates#CONVERSION}
 * @param count     how many journeys took exactly this path, at least 1
 */
public record JourneyPath(List<String> names, boolean converted, long count) {

    /** Validates and copies the names. */
    public JourneyPath {
        names = List.copyOf(names);
        for (String name : names) {
            JourneyStates.requireTouchName(name, "a journey path's name");
        }
        if (count < 1) {
            throw new IllegalArgumentException("a journey path's count must be at least 1, was " + count);
        }
    }

    /**
     * @param names     the names visited, oldest first
     * @param converted whether the journey converted
     * @return a path taken once
     */
    public static JourneyPath of(List<String> names, boolean converted) {
        return new JourneyPath(names, converted, 1);
    }

    /** @return {@link JourneyStates#CONVERSION} or {@link JourneyStates#NULL}, the state the path ends in */
    public String end() {
        return converted ? JourneyStates.CONVERSION : JourneyStates.NULL;
    }
}
