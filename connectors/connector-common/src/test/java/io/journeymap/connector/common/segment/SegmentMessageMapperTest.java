package io.journeymap.connector.common.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.Violation;
import io.journeymap.api.json.EventJson;
import io.journeymap.api.event.EventSource;
import io.journeymap.connector.common.segment.SegmentMessageMapper.Mapped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Mapping Segment-spec messages (shapes from Segment's HTTP API documentation) to canonical events. */
class SegmentMessageMapperTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final EventSource WEB = new EventSource("tracking-http", "web");

    private static Mapped map(String json, EventType type) throws Exception {
        JsonNode node = EventJson.mapper().readTree(json);
        return SegmentMessageMapper.map(node, json.getBytes(StandardCharsets.UTF_8), type, null, WEB, false, NOW);
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
        var e = SegmentMessageMapper.map(node, json.getBytes(StandardCharsets.UTF_8), EventType.TRACK, null, WEB, true, NOW)
                .event();
        assertThat(e.context().consent().categoryPreferences()).containsEntry("advertising", false);
        assertThat(e.context().consent().gpc()).isTrue();
    }

    @Test
    void aliasNeedsPreviousIdAndUserId() throws Exception {
        assertThat(map("{\"anonymousId\":\"a\"}", EventType.ALIAS).violations()).extracting(Violation::field)
                .contains("previousId", "userId");
    }

    @Test
    void aPageLandedFromAGoogleAdCarriesTheGclidAsAnIdentifierAndTheUtmCampaign() throws Exception {
        // analytics.js page call: the SDK fills context.page from the location; this sender set no context.campaign
        Mapped m = map("""
                {"anonymousId":"507f191e810c19729de860ea","messageId":"ajs-next-1","name":"Pricing",
                 "properties":{"path":"/pricing","title":"Pricing","url":"https://www.example.com/pricing?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale&utm_term=journey%20mapping&gclid=Cj0KCQiA-NHLBhDSARIsAIhe9X2Mv3Jx_q0aBkWd1Dc7cJxHqQhB4fC0aAl6zEALw_wcB"},
                 "context":{"page":{"path":"/pricing","referrer":"https://www.google.com/","search":"?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale&utm_term=journey%20mapping&gclid=Cj0KCQiA-NHLBhDSARIsAIhe9X2Mv3Jx_q0aBkWd1Dc7cJxHqQhB4fC0aAl6zEALw_wcB",
                   "url":"https://www.example.com/pricing?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale&utm_term=journey%20mapping&gclid=Cj0KCQiA-NHLBhDSARIsAIhe9X2Mv3Jx_q0aBkWd1Dc7cJxHqQhB4fC0aAl6zEALw_wcB"}},
                 "timestamp":"2026-11-27T09:14:03.120Z"}""", EventType.PAGE);
        assertThat(m.ok()).isTrue();
        assertThat(m.event().identifiers()).containsExactly(
                Identifier.of(IdentifierType.ANONYMOUS_ID, "507f191e810c19729de860ea"),
                Identifier.of(IdentifierType.GCLID, "Cj0KCQiA-NHLBhDSARIsAIhe9X2Mv3Jx_q0aBkWd1Dc7cJxHqQhB4fC0aAl6zEALw_wcB"));
        assertThat(m.event().context().campaign()).isEqualTo(new io.journeymap.api.event.Campaign("spring_sale", "google",
                "cpc", "journey mapping", null));
        assertThat(m.event().context().channel()).isEqualTo("web");
    }

    @Test
    void theSendersOwnCampaignWinsAndOnlyItsGapsAreFilledFromTheUrl() throws Exception {
        Mapped m = map("""
                {"anonymousId":"a-2","context":{"campaign":{"name":"Spring Sale","source":"Facebook"},
                 "page":{"url":"https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&fbclid=IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgE"}}}""",
                EventType.PAGE);
        assertThat(m.event().context().campaign()).isEqualTo(new io.journeymap.api.event.Campaign("Spring Sale",
                "Facebook", "paid_social", null, null));
        assertThat(m.event().identifier(IdentifierType.FBCLID))
                .contains("IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgE");
    }

    @Test
    void aServerSideTrackCallWithOnlyTheQueryStillYieldsTheMicrosoftClickId() throws Exception {
        Mapped m = map("""
                {"userId":"u-7","event":"Signed Up","context":{"page":{"search":"?msclkid=8f2d6a39c0a61d2fbd7e6b0f2c8a4e51&utm_source=bing&utm_medium=cpc"}}}""",
                EventType.TRACK);
        assertThat(m.event().identifier(IdentifierType.MSCLKID)).contains("8f2d6a39c0a61d2fbd7e6b0f2c8a4e51");
        assertThat(m.event().context().campaign().medium()).isEqualTo("cpc");
    }

    @Test
    void aPageWithoutAdParametersGetsNoCampaignAndNoClickId() throws Exception {
        Mapped m = map("{\"anonymousId\":\"a-3\",\"properties\":{\"url\":\"https://www.example.com/blog?page=2\"}}",
                EventType.PAGE);
        assertThat(m.event().context().campaign()).isNull();
        assertThat(m.event().identifiers()).extracting(Identifier::type).containsExactly(IdentifierType.ANONYMOUS_ID);
    }
}
