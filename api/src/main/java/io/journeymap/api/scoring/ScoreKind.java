package io.journeymap.api.scoring;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** What a score measures. */
public enum ScoreKind {
    /** The sentiment of one touchpoint's free text, in [-1, 1]. */
    SENTIMENT,
    /** The probability that the person converts, from the journey so far, in [0, 1]. */
    PROPENSITY,
    /** The probability of no progress within the current stage's window, in [0, 1]. */
    DROP_OFF;

    /** @return the lower-case wire name, e.g. {@code sentiment} */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param wireName e.g. {@code drop-off}, any case
     * @return the kind, or empty when unknown
     */
    public static Optional<ScoreKind> fromWireName(String wireName) {
        for (ScoreKind k : values()) {
            if (k.wireName().equalsIgnoreCase(wireName == null ? "" : wireName.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
