package io.journeymap.connector.kafka.internal;

import io.journeymap.api.event.Violation;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.connector.common.SourceProgress;
import io.journeymap.connector.common.rows.RowOutcome;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one record: a valid event is written through {@link EventIngest} and awaited; a malformed one
 * is marked for the dead-letter step with its reason. A write that fails throws, so the consumer
 * (breakOnFirstError) seeks back and the record is read again; its offset is committed only after.
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

    private final KafkaRecordMapper mapper;
    private final EventIngest ingest;
    private final Duration timeout;
    private final SourceProgress progress;
    private final Clock clock;

    KafkaIngestProcessor(KafkaRecordMapper mapper, EventIngest ingest, Duration timeout, SourceProgress progress,
            Clock clock) {
        this.mapper = mapper;
        this.ingest = ingest;
        this.timeout = timeout;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        RowOutcome outcome = mapper.map(exchange.getMessage().getBody(String.class), clock.instant());
        Object partition = exchange.getMessage().getHeader(KafkaConstants.PARTITION);
        Object offset = exchange.getMessage().getHeader(KafkaConstants.OFFSET);
        if (outcome.event() == null) {
            String reason = outcome.violations().stream().map(v -> v.field() + ":" + v.rule())
                    .collect(Collectors.joining(","));
            exchange.getMessage().setHeader(DEAD_LETTER_REASON, reason);
            exchange.getMessage().setHeader(SOURCE_PARTITION, String.valueOf(partition));
            exchange.getMessage().setHeader(SOURCE_OFFSET, String.valueOf(offset));
            exchange.getMessage().setHeader(SOURCE_TOPIC,
                    String.valueOf(exchange.getMessage().getHeader(KafkaConstants.TOPIC)));
            LOG.warn("route {}: record at partition {} offset {} dead-lettered: {}", exchange.getFromRouteId(), partition,
                    offset, describe(outcome.violations()));
            progress.recorded(0, 1, null);
            return;
        }
        ingest.ingest(List.of(outcome.event())).toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        progress.recorded(1, 0, "partition " + partition + " offset " + offset);
    }

    private static String describe(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + " (" + v.rule() + ")").collect(Collectors.joining(", "));
    }
}
