package io.journeymap.connector.ads.internal;

import io.journeymap.api.event.Campaign;
import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.EventValidator;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import io.journeymap.connector.common.rows.RowOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Builds the two ad events the taxonomy knows ({@code Ad Clicked} → ads:click, {@code Ad Conversion} →
 * ads:conversion) on the {@code ads} channel. Message ids come from what identifies the click or
 * conversion, not from the file, so the same click reported by a CSV and by the API pull is stored once.
 */
final class AdEvents {

    static final String CONNECTOR = "ads";
    static final String AD_CLICKED = "Ad Clicked";
    static final String AD_CONVERSION = "Ad Conversion";

    private AdEvents() {
    }

    static RowOutcome event(String messageId, String name, Instant timestamp, Instant receivedAt, List<Identifier> ids,
            Map<String, Object> properties, Campaign campaign, String instance) {
        TouchpointEvent e = new TouchpointEvent(messageId, EventType.TRACK, name, null, properties, null, timestamp,
                receivedAt, null, null, null, null, ids,
                new EventContext("ads", campaign, null, null, null, null, null, null, null), null,
                new EventSource(CONNECTOR, instance));
        List<Violation> v = EventValidator.validate(e);
        return v.isEmpty() ? RowOutcome.of(e) : RowOutcome.rejected(v);
    }

    /** @return {@code prefix-} and 32 hex digits of the SHA-256 of the parts */
    static String id(String prefix, String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return prefix + "-" + HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
