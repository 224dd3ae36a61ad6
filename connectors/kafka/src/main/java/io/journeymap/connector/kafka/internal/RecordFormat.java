package io.journeymap.connector.kafka.internal;

import java.util.Locale;
import java.util.Optional;

/** How the consumed topic's records are written. */
enum RecordFormat {
    /** journeymap's canonical event JSON ({@code EventJson}). */
    CANONICAL,
    /** A Segment spec message (track, page, identify …), as Segment's and RudderStack's SDKs send. */
    SEGMENT;

    static Optional<RecordFormat> fromConfig(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "canonical" -> Optional.of(CANONICAL);
            case "segment" -> Optional.of(SEGMENT);
            default -> Optional.empty();
        };
    }
}
