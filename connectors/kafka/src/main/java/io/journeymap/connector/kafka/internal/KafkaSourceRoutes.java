package io.journeymap.connector.kafka.internal;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;

/**
 * The topic, consumed as a group with manual commit: each record is written (or dead-lettered) and
 * only then is its offset committed, so the committed offset is the checkpoint a restart resumes
 * from. A failed write breaks the poll (breakOnFirstError): the consumer seeks back to the record and
 * reads it again after the redelivery backoff, so nothing after it is committed past it.
 */
final class KafkaSourceRoutes extends RouteBuilder {

    static final String ROUTE_ID = "ingest-kafka-topic";

    private final KafkaSourceSettings settings;
    private final KafkaIngestProcessor processor;

    KafkaSourceRoutes(KafkaSourceSettings settings, KafkaIngestProcessor processor) {
        this.settings = settings;
        this.processor = processor;
    }

    @Override
    public void configure() {
        errorHandler(defaultErrorHandler().maximumRedeliveries(3).redeliveryDelay(1000).useExponentialBackOff()
                .backOffMultiplier(2).retryAttemptedLogLevel(LoggingLevel.WARN).logExhaustedMessageBody(false)
                .logExhaustedMessageHistory(false));
        var route = from(consumerUri()).routeId(ROUTE_ID).process(processor);
        settings.deadLetterTopic().ifPresent(dlt -> route
                .filter(header(KafkaIngestProcessor.DEAD_LETTER_REASON).isNotNull())
                    // the record's own key and value, the reason and origin as record headers
                    .removeHeader(KafkaConstants.OVERRIDE_TOPIC)
                    .to("kafka:" + dlt + "?brokers=" + settings.brokers().orElseThrow() + "&requestRequiredAcks=all")
                .end());
        route.process(exchange -> exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class)
                .commit());
    }

    String consumerUri() {
        return "kafka:" + settings.topic() + "?brokers=" + settings.brokers().orElseThrow()
                + "&groupId=" + settings.groupId()
                + "&autoOffsetReset=" + settings.autoOffsetReset()
                + "&autoCommitEnable=false&allowManualCommit=true&breakOnFirstError=true"
                + "&maxPollRecords=" + settings.maxPollRecords();
    }
}
