package io.journeymap.connector.kafka.internal;

import io.journeymap.api.config.ConfigRules;
import io.journeymap.api.config.InvalidConfigurationException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Kafka source's configuration, checked: a bad value fails activation naming its key. Empty
 * brokers is not an error: the connector then stays idle until they are set.
 *
 * @param brokers         the bootstrap servers, when set
 * @param topic           the topic consumed
 * @param groupId         the consumer group
 * @param format          how records are written
 * @param instance        the source instance for events that name none
 * @param deadLetterTopic where malformed records go, when set
 * @param autoOffsetReset where a new group starts
 * @param maxPollRecords  records per poll
 * @param ingestTimeout   the longest wait for one write to be durable
 */
record KafkaSourceSettings(Optional<String> brokers, String topic, String groupId, RecordFormat format, String instance,
        Optional<String> deadLetterTopic, String autoOffsetReset, int maxPollRecords, Duration ingestTimeout) {

    /** Kafka's own rule for topic names. */
    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    private static final Pattern BROKERS = Pattern.compile("[A-Za-z0-9._\\-\\[\\]:]+:[0-9]{1,5}(,[A-Za-z0-9._\\-\\[\\]:]+:[0-9]{1,5})*");

    static KafkaSourceSettings of(KafkaSourceConfig c) {
        Optional<String> brokers = Optional.ofNullable(c.brokers()).map(String::trim).filter(b -> !b.isEmpty());
        if (brokers.isPresent() && !BROKERS.matcher(brokers.get()).matches()) {
            throw new InvalidConfigurationException("brokers", "must be host:port[,host:port...]");
        }
        String topic = topic("topic", c.topic());
        String group = ConfigRules.requireText("group.id", c.group_id());
        RecordFormat format = RecordFormat.fromConfig(c.format())
                .orElseThrow(() -> new InvalidConfigurationException("format", "must be canonical or segment"));
        String instance = ConfigRules.requireText("instance", c.instance());
        Optional<String> dlt = Optional.ofNullable(c.dead_letter_topic()).map(String::trim).filter(t -> !t.isEmpty())
                .map(t -> topic("dead.letter.topic", t));
        if (dlt.isPresent() && dlt.get().equals(topic)) {
            throw new InvalidConfigurationException("dead.letter.topic", "must differ from topic");
        }
        String reset = ConfigRules.requireText("auto.offset.reset", c.auto_offset_reset()).toLowerCase(Locale.ROOT);
        if (!reset.equals("earliest") && !reset.equals("latest")) {
            throw new InvalidConfigurationException("auto.offset.reset", "must be earliest or latest");
        }
        int maxPoll = ConfigRules.requireRange("max.poll.records", c.max_poll_records(), 1, 10_000);
        int timeout = ConfigRules.requireRange("ingest.timeout.seconds", c.ingest_timeout_seconds(), 1, 600);
        return new KafkaSourceSettings(brokers, topic, group, format, instance, dlt, reset, maxPoll,
                Duration.ofSeconds(timeout));
    }

    private static String topic(String key, String value) {
        String t = ConfigRules.requireText(key, value);
        if (!TOPIC.matcher(t).matches()) {
            throw new InvalidConfigurationException(key, "must be a Kafka topic name: letters, digits, '.', '_' and '-'");
        }
        return t;
    }
}
