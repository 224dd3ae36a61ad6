package io.journeymap.api.journey;

import java.time.Instant;

/**
 * How far the map has caught up with the timelines.
 *
 * @param checkpoint     the last timeline position folded into the map
 * @param latest         the newest timeline position
 * @param watermark      the map's event-time clock: journeys quiet since before it minus the inactivity window are dropped
 * @param openJourneys   journeys still open
 * @param touchpoints    touchpoints folded in since the node started
 * @param owner          whether this node is the one updating the map
 */
public record MapStatus(long checkpoint, long latest, Instant watermark, long openJourneys, long touchpoints,
        boolean owner) {
}
