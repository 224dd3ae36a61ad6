package io.journeymap.journey.simulation;

import io.journeymap.journey.internal.influence.Touch;
import java.time.Instant;

/**
 * One simulated touch.
 *
 * @param type    the touchpoint type, e.g. {@code web:pricing}
 * @param channel the type's channel, e.g. {@code web}
 * @param time    when it happened
 */
public record SimulatedTouch(String type, String channel, Instant time) {

    /** @return the touch credited to its channel */
    public Touch byChannel() {
        return new Touch(channel, time);
    }

    /** @return the touch credited to its type */
    public Touch byType() {
        return new Touch(type, time);
    }
}
