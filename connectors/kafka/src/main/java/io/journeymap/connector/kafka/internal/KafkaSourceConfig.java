package io.journeymap.connector.kafka.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the Kafka source, PID {@code io.journeymap.connector.kafka}. */
@ObjectClassDefinition(name = "journeymap Kafka source (canonical or Segment events)")
@interface KafkaSourceConfig {

    @AttributeDefinition(name = "brokers", required = false,
            description = "Bootstrap servers, host:port,...; empty: the connector stays idle")
    String brokers() default "";

    @AttributeDefinition(name = "topic")
    String topic() default "journeymap.inbound";

    @AttributeDefinition(name = "group.id", description = "The consumer group; its committed offsets are the checkpoint")
    String group_id() default "journeymap-connector-kafka";

    @AttributeDefinition(name = "format", description = "canonical (our event JSON) or segment (Segment spec messages)")
    String format() default "canonical";

    @AttributeDefinition(name = "instance", description = "The source instance named in events that name none")
    String instance() default "kafka";

    @AttributeDefinition(name = "dead.letter.topic", required = false,
            description = "Where malformed records go, with the reason in headers; empty: logged with partition and offset")
    String dead_letter_topic() default "";

    @AttributeDefinition(name = "auto.offset.reset", description = "earliest or latest: where a new group starts")
    String auto_offset_reset() default "earliest";

    @AttributeDefinition(name = "max.poll.records", min = "1", max = "10000")
    int max_poll_records() default 500;

    @AttributeDefinition(name = "ingest.timeout.seconds", min = "1", max = "600")
    int ingest_timeout_seconds() default 60;
}
