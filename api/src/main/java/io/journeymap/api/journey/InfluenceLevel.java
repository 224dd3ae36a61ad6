package io.journeymap.api.journey;

/** What influence is measured for. */
public enum InfluenceLevel {
    /** Channels: the part of the touchpoint type before the colon. */
    CHANNEL,
    /** Touchpoint types. */
    TOUCHPOINT
}
