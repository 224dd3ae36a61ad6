package io.journeymap.connector.kafka.internal;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;

/**
 * The topic, consumed as a group in batches (one per poll, at most {@code max.poll.records}) with
 * manual commit: each batch's events are written in one call, its malformed records dead-lettered,
 * and only then are its partitions committed, so the committed offsets are the checkpoint a restart
 * resumes from. A failed batch is redelivered with backoff until it succeeds or the route stops
 * (then nothing of it was committed and a restart reads it again): the consumer's batching mode has
 * no seek-back, so a batch given up would be passed by the next one's commit.
 */
final class KafkaSourceRoutes extends RouteBuilder {

    static final String ROUTE_ID = "ingest-kafka-topic";
    /**
     * How long a partial batch may wait for more records before it is processed. The poll timeout is
     * the same: the batch is only completed between polls, so with Kafka's default 5 s poll the last
     * records of a burst would wait 5 s.
     */
    static final int BATCHING_INTERVAL_MS = 250;

    private final KafkaSourceSettings settings;
    private final IngestProcessorFactory processors;

    /** Builds the processor once the route's CamelContext exists (the dead-letter topic needs its producer). */
    @FunctionalInterface
    interface IngestProcessorFactory {
        KafkaIngestProcessor create(KafkaIngestProcessor.DeadLetterSink deadLetters);
    }

    KafkaSourceRoutes(KafkaSourceSettings settings, IngestProcessorFactory processors) {
        this.settings = settings;
        this.processors = processors;
    }

    @Override
    public void configure() {
        errorHandler(defaultErrorHandler().maximumRedeliveries(-1).redeliveryDelay(1000).useExponentialBackOff()
                .backOffMultiplier(2).maximumRedeliveryDelay(30_000).retryAttemptedLogLevel(LoggingLevel.WARN)
                .logExhaustedMessageBody(false).logExhaustedMessageHistory(false));
        from(consumerUri()).routeId(ROUTE_ID).process(processors.create(deadLetterSink()));
    }

    private KafkaIngestProcessor.DeadLetterSink deadLetterSink() {
        if (settings.deadLetterTopic().isEmpty()) {
            return record -> { }; // the processor has logged it with partition, offset and reason
        }
        String uri = "kafka:" + settings.deadLetterTopic().get() + "?brokers=" + settings.brokers().orElseThrow()
                + "&requestRequiredAcks=all";
        ProducerTemplate[] template = new ProducerTemplate[1]; // made on first use, on the one consumer thread
        return record -> {
            if (template[0] == null) {
                template[0] = record.getContext().createProducerTemplate();
            }
            // the record's own key and value, the reason and origin as record headers
            record.getMessage().removeHeader(KafkaConstants.OVERRIDE_TOPIC);
            record.setException(null);
            Exchange sent = template[0].send(uri, record);
            if (sent.getException() != null) {
                throw sent.getException();
            }
        };
    }

    String consumerUri() {
        return "kafka:" + settings.topic() + "?brokers=" + settings.brokers().orElseThrow()
                + "&groupId=" + settings.groupId()
                + "&autoOffsetReset=" + settings.autoOffsetReset()
                + "&autoCommitEnable=false&allowManualCommit=true"
                + "&batching=true&batchingIntervalMs=" + BATCHING_INTERVAL_MS + "&pollTimeoutMs=" + BATCHING_INTERVAL_MS
                + "&maxPollRecords=" + settings.maxPollRecords();
    }
}
