package io.journeymap.connector.kafka.internal;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.connector.common.rows.RowOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one poll's batch of records (the consumer's batching mode: the body is the list of the
 * records' exchanges): the valid events are written through {@link EventIngest} in one call and
 * awaited, the malformed records are handed to the dead-letter sink with their reason and origin,
 * and only then is each partition committed at its last record of the batch. Anything that fails
 * throws before a single commit, so the route redelivers the whole batch (its message ids make the
 * repeat harmless); the batch is never skipped, because in batching mode the consumer would go on
 * with the next poll and a later commit would pass it.
 */
final class KafkaIngestProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaIngestProcessor.class);

    /** Header set on a malformed record: every broken rule as {@code field:rule}, comma-separated. */
    static final String DEAD_LETTER_REASON = "journeymap.dead-letter.reason";
    /** Header on a dead letter: the partition it came from. */
    static final String SOURCE_PARTITION = "journeymap.source.partition";
    /** Header on a dead letter: the offset it came from. */
    static final String SOURCE_OFFSET = "journeymap.source.offset";
    /** Header on a dead letter: the topic it came from. */
    static final String SOURCE_TOPIC = "journeymap.source.topic";

    /** Where malformed records go: a topic, or the log line alone. */
    @FunctionalInterface
    interface DeadLetterSink {
        /**
         * @param record the record's exchange, with the dead-letter headers set
         * @throws Exception when it could not be kept; the batch is then redelivered
         */
        void deadLetter(Exchange record) throws Exception;
    }

    private final KafkaRecordMapper mapper;
    private final EventIngest ingest;
    private final DeadLetterSink deadLetters;
    private final Duration timeout;
    private final ConnectorActivity activity;
    private final Clock clock;

    KafkaIngestProcessor(KafkaRecordMapper mapper, EventIngest ingest, DeadLetterSink deadLetters, Duration timeout,
            ConnectorActivity activity, Clock clock) {
        this.mapper = mapper;
        this.ingest = ingest;
        this.deadLetters = deadLetters;
        this.timeout = timeout;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public void process(Exchange batch) throws Exception {
        List<?> records = batch.getMessage().getBody(List.class);
        if (records == null || records.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<TouchpointEvent> events = new ArrayList<>(records.size());
        List<Exchange> dead = new ArrayList<>();
        Map<String, KafkaManualCommit> lastOfPartition = new LinkedHashMap<>();
        Map<String, Object> lastOffset = new LinkedHashMap<>();
        for (Object o : records) {
            Exchange record = (Exchange) o;
            Message m = record.getMessage();
            Object topic = m.getHeader(KafkaConstants.TOPIC);
            Object partition = m.getHeader(KafkaConstants.PARTITION);
            Object offset = m.getHeader(KafkaConstants.OFFSET);
            RowOutcome outcome = mapper.map(m.getBody(String.class), now);
            if (outcome.event() != null) {
                events.add(outcome.event());
            } else {
                m.setHeader(DEAD_LETTER_REASON, outcome.violations().stream().map(v -> v.field() + ":" + v.rule())
                        .collect(Collectors.joining(",")));
                m.setHeader(SOURCE_TOPIC, String.valueOf(topic));
                m.setHeader(SOURCE_PARTITION, String.valueOf(partition));
                m.setHeader(SOURCE_OFFSET, String.valueOf(offset));
                LOG.warn("route {}: record at partition {} offset {} dead-lettered: {}", batch.getFromRouteId(), partition,
                        offset, describe(outcome.violations()));
                dead.add(record);
            }
            KafkaManualCommit commit = m.getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class);
            if (commit != null) {
                lastOfPartition.put(topic + "-" + partition, commit);
                lastOffset.put(topic + "-" + partition, offset);
            }
        }
        long started = System.nanoTime();
        if (!events.isEmpty()) {
            awaitDurable(events);
        }
        long written = System.nanoTime();
        for (Exchange record : dead) {
            deadLetters.deadLetter(record);
        }
        // Only now, with every record durable or dead-lettered: each partition up to its last record.
        lastOfPartition.values().forEach(KafkaManualCommit::commit);
        if (LOG.isDebugEnabled()) {
            LOG.debug("route {}: batch of {} record(s): {} written in {} ms, {} dead-lettered and {} partition(s) committed in {} ms",
                    batch.getFromRouteId(), records.size(), events.size(), (written - started) / 1_000_000, dead.size(),
                    lastOfPartition.size(), (System.nanoTime() - written) / 1_000_000);
        }
        activity.recorded(events.size(), dead.size(), lastOffset.entrySet().stream()
                .map(e -> e.getKey() + " offset " + e.getValue()).collect(Collectors.joining(", ")));
    }

    private void awaitDurable(List<TouchpointEvent> events) throws Exception {
        try {
            ingest.ingest(events).toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static String describe(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + " (" + v.rule() + ")").collect(Collectors.joining(", "));
    }
}
