package io.journeymap.connector.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.event.EventType;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.Violation;
import io.journeymap.connector.common.rows.RowOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Record values as producers write them: our canonical JSON, and Segment messages as Segment's Kafka destination writes them. */
class KafkaRecordMapperTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private static final String CANONICAL = """
            {"messageId":"crm-export-0001","type":"track","event":"Opportunity Stage Changed",
             "properties":{"stage":"Closed Won","amount":12000},"timestamp":"2026-11-27T16:20:00Z",
             "identifiers":[{"type":"email","value":"buyer@acme.example"},{"type":"salesforce_contact_id","value":"0035e00000Bf3XkAAJ"}],
             "context":{"channel":"crm"},"source":{"connector":"crm-export","instance":"acme"}}""";

    private static final String SEGMENT_PAGE = """
            {"type":"page","anonymousId":"23adfd82-aa0f-45a7-a756-24f2a7a4c895","messageId":"ajs-next-6a8a2c1f",
             "name":"Landing","properties":{"url":"https://www.example.com/landing?utm_source=google&utm_medium=cpc&gclid=EAIaIQobChMI2K3v"},
             "context":{"library":{"name":"analytics.js","version":"next-1.70.0"},"ip":"203.0.113.7",
             "userAgent":"Mozilla/5.0"},"originalTimestamp":"2026-11-27T10:00:00.000Z","sentAt":"2026-11-27T10:00:00.120Z",
             "receivedAt":"2026-11-27T10:00:00.300Z","timestamp":"2026-11-27T10:00:00.180Z","writeKey":"w","version":2}""";

    @Test
    void aCanonicalEventKeepsItsOwnSourceAndGetsReceivedAtWhenItHasNone() {
        RowOutcome o = new KafkaRecordMapper(RecordFormat.CANONICAL, "inbound").map(CANONICAL, NOW);
        assertThat(o.violations()).isEmpty();
        assertThat(o.event().source().key()).isEqualTo("crm-export/acme");
        assertThat(o.event().receivedAt()).isEqualTo(NOW);
        assertThat(o.event().identifier(IdentifierType.SALESFORCE_CONTACT_ID)).contains("0035e00000Bf3XkAAJ");
    }

    @Test
    void aCanonicalEventWithoutSourceIsTheConnectorInstances() {
        RowOutcome o = new KafkaRecordMapper(RecordFormat.CANONICAL, "inbound")
                .map("{\"messageId\":\"m1\",\"type\":\"track\",\"event\":\"E\",\"userId\":\"u1\",\"timestamp\":\"2026-11-27T16:20:00Z\"}", NOW);
        assertThat(o.event().source().key()).isEqualTo("kafka/inbound");
    }

    @Test
    void aSegmentPageMapsLikeTheTrackingApiIncludingItsClickId() {
        RowOutcome o = new KafkaRecordMapper(RecordFormat.SEGMENT, "segment-prod").map(SEGMENT_PAGE, NOW);
        assertThat(o.violations()).isEmpty();
        assertThat(o.event().type()).isEqualTo(EventType.PAGE);
        assertThat(o.event().messageId()).isEqualTo("ajs-next-6a8a2c1f");
        assertThat(o.event().timestamp()).isEqualTo(Instant.parse("2026-11-27T10:00:00.180Z"));
        assertThat(o.event().identifier(IdentifierType.GCLID)).contains("EAIaIQobChMI2K3v");
        assertThat(o.event().context().campaign().medium()).isEqualTo("cpc");
        assertThat(o.event().source().key()).isEqualTo("kafka/segment-prod");
    }

    @Test
    void malformedRecordsYieldTheirReasonWithoutTheirContent() {
        KafkaRecordMapper canonical = new KafkaRecordMapper(RecordFormat.CANONICAL, "i");
        assertThat(canonical.map("{not json", NOW).violations()).extracting(Violation::rule).containsExactly("json");
        assertThat(canonical.map("[1,2]", NOW).violations()).extracting(Violation::rule).containsExactly("type:object");
        assertThat(canonical.map("", NOW).violations()).extracting(Violation::rule).containsExactly("required");
        assertThat(canonical.map("{\"messageId\":\"m\",\"type\":\"shout\",\"userId\":\"secret-user\"}", NOW).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(org.assertj.core.groups.Tuple.tuple("type", "canonical"));
        assertThat(canonical.map("{\"messageId\":\"m\",\"type\":\"track\",\"userId\":\"u\",\"timestamp\":\"2026-11-27T16:20:00Z\"}", NOW)
                .violations()).extracting(Violation::field).containsExactly("event");
        assertThat(new KafkaRecordMapper(RecordFormat.SEGMENT, "i").map("{\"type\":\"track\",\"userId\":\"u\"}", NOW)
                .violations()).extracting(Violation::field).containsExactly("event");
    }
}
