package io.journeymap.connector.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.api.connector.ConnectorState;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.api.journal.AppendResult;
import io.journeymap.camel.ConnectorActivity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One poll's batch through the processor: one write, dead letters, and commits only after both. */
class KafkaIngestProcessorTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final CamelContext camel = new DefaultCamelContext();
    /** What happened, in order: writes, dead letters and commits. */
    private final List<String> steps = new ArrayList<>();
    private final List<Exchange> deadLettered = new ArrayList<>();
    private final ConnectorActivity activity = new ConnectorActivity("kafka", "test", ConnectorState.RUNNING, Clock.fixed(NOW, ZoneOffset.UTC));
    private boolean failWrites;
    private boolean failDeadLetters;

    private final EventIngest ingest = new EventIngest() {
        @Override
        public CompletionStage<AppendResult> ingest(List<TouchpointEvent> events) {
            if (failWrites) {
                return CompletableFuture.failedFuture(new IllegalStateException("journal unavailable"));
            }
            steps.add("write " + events.stream().map(TouchpointEvent::messageId).toList());
            return CompletableFuture.completedFuture(new AppendResult(events.size(), 0));
        }
    };

    private final KafkaIngestProcessor processor = new KafkaIngestProcessor(
            new KafkaRecordMapper(RecordFormat.CANONICAL, "crm"), ingest, record -> {
                if (failDeadLetters) {
                    throw new IllegalStateException("dead-letter topic unavailable");
                }
                steps.add("dead " + record.getMessage().getHeader(KafkaIngestProcessor.SOURCE_OFFSET));
                deadLettered.add(record);
            }, Duration.ofSeconds(5), activity, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stop() throws Exception {
        camel.close();
    }

    private Exchange record(int partition, long offset, String value) {
        Exchange e = new DefaultExchange(camel);
        e.getMessage().setBody(value);
        e.getMessage().setHeader(KafkaConstants.TOPIC, "crm.events");
        e.getMessage().setHeader(KafkaConstants.PARTITION, partition);
        e.getMessage().setHeader(KafkaConstants.OFFSET, offset);
        e.getMessage().setHeader(KafkaConstants.MANUAL_COMMIT,
                (org.apache.camel.component.kafka.consumer.KafkaManualCommit) () -> steps.add("commit " + partition + "@" + offset));
        return e;
    }

    private static String event(String messageId) {
        return "{\"messageId\":\"" + messageId + "\",\"type\":\"track\",\"event\":\"Deal Won\",\"userId\":\"u1\","
                + "\"timestamp\":\"2026-11-27T16:20:00Z\"}";
    }

    private Exchange batch(Exchange... records) {
        Exchange batch = new DefaultExchange(camel);
        batch.getMessage().setBody(List.of(records));
        return batch;
    }

    @Test
    void aBatchIsOneWriteThenEachPartitionIsCommittedAtItsLastRecord() throws Exception {
        processor.process(batch(record(0, 10, event("m1")), record(1, 4, event("m2")), record(0, 11, event("m3")),
                record(1, 5, event("m4"))));

        assertThat(steps).containsExactly("write [m1, m2, m3, m4]", "commit 0@11", "commit 1@5");
        assertThat(activity.eventsLastMinute()).isEqualTo(4);
        assertThat(activity.lastCheckpoint()).hasValueSatisfying(c -> assertThat(c)
                .startsWith("crm.events-0 offset 11, crm.events-1 offset 5"));
    }

    @Test
    void malformedRecordsAreDeadLetteredWithReasonAndOriginBeforeTheCommitAndTheRestFlows() throws Exception {
        processor.process(batch(record(2, 7, event("m1")), record(2, 8, "{not json"), record(2, 9, "[1]"),
                record(2, 10, event("m2"))));

        assertThat(steps).containsExactly("write [m1, m2]", "dead 8", "dead 9", "commit 2@10");
        Exchange dead = deadLettered.get(0);
        assertThat(dead.getMessage().getHeader(KafkaIngestProcessor.DEAD_LETTER_REASON)).isEqualTo("value:json");
        assertThat(dead.getMessage().getHeader(KafkaIngestProcessor.SOURCE_TOPIC)).isEqualTo("crm.events");
        assertThat(dead.getMessage().getHeader(KafkaIngestProcessor.SOURCE_PARTITION)).isEqualTo("2");
        assertThat(dead.getMessage().getBody(String.class)).isEqualTo("{not json");
        assertThat(deadLettered.get(1).getMessage().getHeader(KafkaIngestProcessor.DEAD_LETTER_REASON))
                .isEqualTo("value:type:object");
        assertThat(activity.errors()).isEqualTo(2);
    }

    @Test
    void aFailedWriteThrowsBeforeAnyDeadLetterOrCommitSoTheBatchIsRedelivered() {
        failWrites = true;

        assertThatThrownBy(() -> processor.process(batch(record(0, 1, event("m1")), record(0, 2, "{not json"))))
                .hasMessageContaining("journal unavailable");

        assertThat(steps).isEmpty();
        assertThat(activity.eventsLastMinute()).isZero();
    }

    @Test
    void aDeadLetterThatCannotBeKeptThrowsBeforeTheCommit() {
        failDeadLetters = true;

        assertThatThrownBy(() -> processor.process(batch(record(0, 1, event("m1")), record(0, 2, "{not json"))))
                .hasMessageContaining("dead-letter topic unavailable");

        assertThat(steps).containsExactly("write [m1]");
    }

    @Test
    void aBatchOfOnlyMalformedRecordsWritesNothingAndIsStillCommitted() throws Exception {
        processor.process(batch(record(0, 3, "")));

        assertThat(steps).containsExactly("dead 3", "commit 0@3");
    }
}
