package io.journeymap.routes.internal.pipeline;

import org.apache.camel.builder.RouteBuilder;

/**
 * The pipeline in one direction: events come in on {@code direct:ingest}, are made durable on the
 * events endpoint (the journal, or Kafka in cluster mode), and are read back from it onto the
 * profiles' timelines. Both hops name only {@code eventsUri}, so the mode is configuration.
 */
public class PipelineRoutes extends RouteBuilder {

    /** Where connectors hand events in (through the {@code EventIngest} service). */
    public static final String INGEST = "direct:ingest";

    private final String eventsUri;
    private final TimelineWriter timelineWriter;
    private final KafkaRecords kafkaRecords;

    /**
     * @param eventsUri      the durable events endpoint, e.g. {@code journal:events} or {@code kafka:...}
     * @param timelineWriter writes batches onto timelines
     * @param kafkaRecords   seals events into Kafka records, in cluster mode
     */
    public PipelineRoutes(String eventsUri, TimelineWriter timelineWriter, KafkaRecords kafkaRecords) {
        this.eventsUri = eventsUri;
        this.timelineWriter = timelineWriter;
        this.kafkaRecords = kafkaRecords;
    }

    static boolean isKafka(String uri) {
        return uri.startsWith("kafka:");
    }

    @Override
    public void configure() {
        var ingest = from(INGEST).routeId("ingest-events-log");
        if (isKafka(eventsUri)) {
            ingest.process(kafkaRecords);
        }
        ingest.to(eventsUri);

        // A failed batch is retried, never skipped: failures here are the store's, and every hop
        // is idempotent, so retrying until the store is back loses and duplicates nothing.
        from(eventsUri).routeId("pipeline-events-timeline")
                .errorHandler(defaultErrorHandler().maximumRedeliveries(5).redeliveryDelay(200)
                        .useExponentialBackOff().maximumRedeliveryDelay(10_000).logExhaustedMessageHistory(false))
                .process(timelineWriter);
    }
}
