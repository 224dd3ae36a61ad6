package io.journeymap.connector.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.Violation;
import io.journeymap.api.json.EventJson;
import io.journeymap.connector.tracking.internal.SegmentMessageMapper.Mapped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Mapping Segment-spec messages (shapes from Segment's HTTP API documentation) to canonical events. */
class SegmentMessageMapperTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private static Mapped map(String json, EventType type) throws Exception {
        JsonNode node = EventJson.mapper().readTree(json);
        return SegmentMessageMapper.map(node, json.getBytes(StandardCharsets.UTF_8), type, null, "web", false, NOW);
    }

    @Test
    void trackCallMapsEveryFieldAndIdentifier() throws Exception {
        Mapped m = map("""
                {"userId":"019mr8mf4r","event":"Item Purchased","messageId":"m-1",
                 "properties":{"name":"Leap to Conclusions Mat","revenue":14.99},
                 "context":{"ip":"24.5.68.47","locale":"en-US","traits":{"email":"Peter@Initech.com"},
                            "campaign":{"name":"TPS Innovation","source":"Newsletter","medium":"email"},
                            "device":{"id":"B5372DB0"},"library":{"name":"analytics-java"}},
                 "timestamp":"2012-12-02T00:30:08.276Z"}""", EventType.TRACK);
        assertThat(m.ok()).isTrue();
        var e = m.event();
        assertThat(e.type()).isEqualTo(EventType.TRACK);
        assertThat(e.event()).isEqualTo("Item Purchased");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2012-12-02T00:30:08.276Z"));
        assertThat(e.receivedAt()).isEqualTo(NOW);
        assertThat(e.properties()).containsEntry("revenue", 14.99);
        assertThat(e.identifiers()).containsExactly(Identifier.of(IdentifierType.USER_ID, "019mr8mf4r"),
                Identifier.of(IdentifierType.EMAIL, "Peter@Initech.com"), Identifier.of(IdentifierType.DEVICE_ID, "B5372DB0"));
        assertThat(e.context().campaign().name()).isEqualTo("TPS Innovation");
        assertThat(e.context().ip()).isEqualTo("24.5.68.47");
        assertThat(e.context().other()).containsKey("library");
        assertThat(e.source().key()).isEqualTo("tracking-http/web");
    }

    @Test
    void offsetWithoutColonIsAcceptedAsIso8601() throws Exception {
        Mapped m = map("{\"anonymousId\":\"a\",\"event\":\"E\",\"timestamp\":\"2026-11-28T13:00:00.000+0100\"}",
                EventType.TRACK);
        assertThat(m.event().timestamp()).isEqualTo(Instant.parse("2026-11-28T12:00:00Z"));
    }

    @Test
    void everyBrokenRuleIsReportedWithFieldAndRule() throws Exception {
        Mapped m = map("{\"properties\":[1],\"timestamp\":\"tomorrow\",\"userId\":{\"x\":1}}", EventType.TRACK);
        assertThat(m.ok()).isFalse();
        assertThat(m.violations()).extracting(Violation::field, Violation::rule).contains(
                org.assertj.core.groups.Tuple.tuple("properties", "type:object"),
                org.assertj.core.groups.Tuple.tuple("timestamp", "iso-8601"),
                org.assertj.core.groups.Tuple.tuple("userId", "type:string"),
                org.assertj.core.groups.Tuple.tuple("event", "required"));
    }

    @Test
    void batchItemNeedsAKnownType() throws Exception {
        assertThat(map("{\"userId\":\"u\"}", null).violations()).extracting(Violation::rule).containsExactly("required");
        assertThat(map("{\"type\":\"shout\",\"userId\":\"u\"}", null).violations()).extracting(Violation::rule)
                .containsExactly("one-of");
    }

    @Test
    void missingMessageIdIsDerivedFromTheBytesSoARetryIsRecognised() throws Exception {
        String body = "{\"userId\":\"u\",\"event\":\"E\"}";
        String first = map(body, EventType.TRACK).event().messageId();
        assertThat(map(body, EventType.TRACK).event().messageId()).isEqualTo(first).startsWith("jm-");
        assertThat(map("{\"userId\":\"u\",\"event\":\"F\"}", EventType.TRACK).event().messageId()).isNotEqualTo(first);
    }

    @Test
    void numericUserIdIsTakenAsAString() throws Exception {
        assertThat(map("{\"userId\":42,\"event\":\"E\"}", EventType.TRACK).event().userId()).isEqualTo("42");
    }

    @Test
    void consentSignalsAndGpcHeaderAreKeptAsEvidence() throws Exception {
        String json = "{\"userId\":\"u\",\"event\":\"E\",\"context\":{\"consent\":{\"categoryPreferences\":"
                + "{\"advertising\":false,\"analytics\":true}}}}";
        JsonNode node = EventJson.mapper().readTree(json);
        var e = SegmentMessageMapper.map(node, json.getBytes(StandardCharsets.UTF_8), EventType.TRACK, null, "web", true, NOW)
                .event();
        assertThat(e.context().consent().categoryPreferences()).containsEntry("advertising", false);
        assertThat(e.context().consent().gpc()).isTrue();
    }

    @Test
    void aliasNeedsPreviousIdAndUserId() throws Exception {
        assertThat(map("{\"anonymousId\":\"a\"}", EventType.ALIAS).violations()).extracting(Violation::field)
                .contains("previousId", "userId");
    }
}
