package io.journeymap.connector.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.api.config.InvalidConfigurationException;
import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaSourceSettingsTest {

    private static KafkaSourceConfig config(Map<String, Object> overrides) {
        Map<String, Object> v = new HashMap<>(Map.of("brokers", "localhost:9092", "topic", "journeymap.inbound",
                "group.id", "g", "format", "segment", "instance", "kafka", "dead.letter.topic", "journeymap.inbound.dlt",
                "auto.offset.reset", "earliest", "max.poll.records", 500, "ingest.timeout.seconds", 60));
        v.putAll(overrides);
        return new KafkaSourceConfig() {
            public Class<? extends Annotation> annotationType() { return KafkaSourceConfig.class; }
            public String brokers() { return (String) v.get("brokers"); }
            public String topic() { return (String) v.get("topic"); }
            public String group_id() { return (String) v.get("group.id"); }
            public String format() { return (String) v.get("format"); }
            public String instance() { return (String) v.get("instance"); }
            public String dead_letter_topic() { return (String) v.get("dead.letter.topic"); }
            public String auto_offset_reset() { return (String) v.get("auto.offset.reset"); }
            public int max_poll_records() { return (Integer) v.get("max.poll.records"); }
            public int ingest_timeout_seconds() { return (Integer) v.get("ingest.timeout.seconds"); }
        };
    }

    private static String refusedKey(String key, Object value) {
        try {
            KafkaSourceSettings.of(config(Map.of(key, value)));
        } catch (InvalidConfigurationException e) {
            if (value instanceof String) {
                assertThat(e.getMessage()).doesNotContain((String) value);
            }
            return e.key();
        }
        throw new AssertionError(key + " accepted");
    }

    @Test
    void aValidConfigurationReadsAndTheConsumerCommitsManually() {
        KafkaSourceSettings s = KafkaSourceSettings.of(config(Map.of()));
        assertThat(s.format()).isEqualTo(RecordFormat.SEGMENT);
        assertThat(new KafkaSourceRoutes(s, null).consumerUri()).contains("kafka:journeymap.inbound?brokers=localhost:9092",
                "autoCommitEnable=false", "allowManualCommit=true", "batching=true", "groupId=g")
                .doesNotContain("breakOnFirstError");
    }

    @Test
    void emptyBrokersLeavesTheConnectorIdleRatherThanFailing() {
        assertThat(KafkaSourceSettings.of(config(Map.of("brokers", ""))).brokers()).isEmpty();
    }

    @Test
    void eachBadValueIsRefusedNamingItsKey() {
        assertThat(refusedKey("brokers", "kafka-without-port")).isEqualTo("brokers");
        assertThat(refusedKey("topic", "bad topic!")).isEqualTo("topic");
        assertThat(refusedKey("format", "avro")).isEqualTo("format");
        assertThat(refusedKey("dead.letter.topic", "journeymap.inbound")).isEqualTo("dead.letter.topic");
        assertThat(refusedKey("auto.offset.reset", "middle")).isEqualTo("auto.offset.reset");
        assertThat(refusedKey("max.poll.records", 0)).isEqualTo("max.poll.records");
        assertThatThrownBy(() -> KafkaSourceSettings.of(config(Map.of("group.id", " "))))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("group.id");
    }
}
