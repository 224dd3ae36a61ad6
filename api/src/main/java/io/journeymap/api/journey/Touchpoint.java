package io.journeymap.api.journey;

import java.util.Objects;

/**
 * What an event means for a journey.
 *
 * @param type    the touchpoint type, {@code channel:name}, e.g. {@code email:open}, {@code web:pricing}
 * @param stage   the journey stage this touchpoint belongs to, e.g. {@code consideration}
 * @param outcome whether the touchpoint ends the journey
 */
public record Touchpoint(String type, String stage, Outcome outcome) {

    /** How a touchpoint ends a journey, if it does. */
    public enum Outcome {
        /** The journey goes on. */
        NONE,
        /** The journey converted. */
        CONVERSION,
        /** The journey was lost (an explicit loss event, e.g. an opportunity closed lost). */
        LOSS
    }

    /** A type must read {@code channel:name}. */
    public Touchpoint {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(outcome, "outcome");
        if (type.indexOf(':') <= 0 || type.endsWith(":")) {
            throw new IllegalArgumentException("touchpoint type must read channel:name: " + type);
        }
    }

    /** @return the channel: the part of the type before the colon */
    public String channel() {
        return channelOf(type);
    }

    /**
     * @param type a touchpoint type
     * @return its channel, the part before the colon
     */
    public static String channelOf(String type) {
        int colon = type.indexOf(':');
        return colon < 0 ? type : type.substring(0, colon);
    }
}
