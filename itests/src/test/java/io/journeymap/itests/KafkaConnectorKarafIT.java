package io.journeymap.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.json.EventJson;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Kafka source connector in the running assembly against a real KRaft broker started by the
 * test: canonical records, then (after the configuration is switched in {@code etc/}) Segment
 * records, reach the timelines exactly once while malformed records are dead-lettered (to a topic
 * with their origin and reason in headers, or logged with partition and offset) and the flow goes on;
 * a kill -9 while consuming, then a restart, loses nothing and stores nothing twice, and the group's
 * committed offsets end at the topic's end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaConnectorKarafIT {

    private static final String CRM_TOPIC = "crm.events";
    private static final String CRM_DEAD = "crm.events.dead";
    private static final String WEB_TOPIC = "web.events";
    private static final String WEB_GROUP = "journeymap-it-web";

    private static KafkaBroker kafka;
    private static KarafAssembly karaf;
    private static KafkaProducer<String, String> producer;

    @BeforeAll
    static void boot() throws Exception {
        Path runs = Paths.get(System.getProperty("journeymap.karaf.runs", "target/karaf-runs"));
        kafka = KafkaBroker.start(runs.resolve("kafka-source-broker-" + System.nanoTime()));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(CRM_TOPIC, 3, (short) 1), new NewTopic(CRM_DEAD, 1, (short) 1),
                    new NewTopic(WEB_TOPIC, 3, (short) 1))).all().get();
        }
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrap());
        p.put("acks", "all");
        p.put("linger.ms", "5");
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        producer = new KafkaProducer<>(p);

        karaf = KarafAssembly.fresh("kafka-connector");
        karaf.setConfig("io.journeymap.connector.kafka", Map.of("brokers", kafka.bootstrap(), "topic", CRM_TOPIC,
                "group.id", "journeymap-it-crm", "format", "canonical", "instance", "crm",
                "dead.letter.topic", CRM_DEAD, "auto.offset.reset", "earliest", "max.poll.records", "200"));
        // per-batch timings of the connector in the log
        karaf.setConfig("org.ops4j.pax.logging", Map.of("log4j2.logger.jmkafka.name", "io.journeymap.connector.kafka",
                "log4j2.logger.jmkafka.level", "DEBUG"));
        karaf.start();
    }

    @AfterAll
    static void shutdown() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
        if (producer != null) {
            producer.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    @Order(1)
    void canonicalRecordsReachTheTimelinesOnceAndMalformedOnesGoToTheDeadLetterTopicWithOriginAndReason()
            throws Exception {
        int people = 10;
        int perPerson = 100;
        Map<String, RecordMetadata> malformed = new LinkedHashMap<>();
        List<java.util.concurrent.Future<RecordMetadata>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < people * perPerson; i++) {
            int person = i % people;
            sent.add(send(CRM_TOPIC, "crm-" + person, canonical("crm-" + i, person)));
            if (i % 250 == 100) {
                // A producer retry: the same message again, stored once.
                sent.add(send(CRM_TOPIC, "crm-" + person, canonical("crm-" + i, person)));
            }
            // malformed records between good ones, on the same partitions
            switch (i) {
                case 10 -> malformed.put("value:json", send(CRM_TOPIC, "crm-" + person, "{\"messageId\":\"broken").get());
                case 20 -> malformed.put("value:type:object", send(CRM_TOPIC, "crm-" + person, "[1,2,3]").get());
                case 30 -> malformed.put("event:required", send(CRM_TOPIC, "crm-" + person,
                        "{\"messageId\":\"crm-no-event\",\"type\":\"track\",\"timestamp\":\"2026-11-27T10:00:00Z\","
                                + "\"identifiers\":[{\"type\":\"email\",\"value\":\"k" + person + "@example.com\"}]}").get());
                case 40 -> malformed.put("type:canonical", send(CRM_TOPIC, "crm-" + person,
                        "{\"messageId\":\"crm-shout\",\"type\":\"shout\",\"userId\":\"u\"}").get());
                default -> { }
            }
        }
        producer.flush();
        for (var f : sent) {
            f.get();
        }
        long produced = System.nanoTime();
        awaitCommittedToTheEnd("journeymap-it-crm", CRM_TOPIC);
        double committedSeconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;

        for (int person = 0; person < people; person++) {
            awaitTotal("email", "k" + person + "@example.com", perPerson, Duration.ofSeconds(90));
        }
        double seconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
        System.out.printf("kafka connector (canonical): %d records produced in %.1f s, durable and committed after %.1f s"
                + " (%.0f records/s), on the timelines after %.1f s (%.0f events/s end to end)%n", sent.size() + malformed.size(),
                Duration.ofNanos(produced - start).toMillis() / 1000.0, committedSeconds,
                (sent.size() + malformed.size()) / committedSeconds, seconds, people * perPerson / seconds);
        for (int person = 0; person < people; person++) {
            List<JsonNode> events = timeline("email", "k" + person + "@example.com");
            assertThat(total("email", "k" + person + "@example.com")).isEqualTo(perPerson);
            assertThat(messageIds(events)).hasSize(perPerson);
            assertThat(events).allSatisfy(e -> assertThat(e.path("source").path("connector").asText()).isEqualTo("kafka"));
        }
        JsonNode first = timeline("email", "k0@example.com").get(0);
        assertThat(first.path("event").asText()).isEqualTo("Opportunity Stage Changed");
        assertThat(first.path("properties").path("stage").asText()).isEqualTo("Closed Won");
        assertThat(timeline("salesforce_contact_id", "0035e00000Bf3XkAAJ")).hasSize(perPerson);

        List<ConsumerRecord<String, String>> dead = TopicReader.readAll(kafka.bootstrap(), CRM_DEAD, malformed.size());
        assertThat(dead).hasSize(malformed.size());
        Map<String, ConsumerRecord<String, String>> byReason = dead.stream()
                .collect(Collectors.toMap(r -> header(r, "journeymap.dead-letter.reason"), r -> r));
        assertThat(byReason.keySet()).containsExactlyInAnyOrderElementsOf(malformed.keySet());
        malformed.forEach((reason, origin) -> {
            ConsumerRecord<String, String> r = byReason.get(reason);
            assertThat(header(r, "journeymap.source.topic")).isEqualTo(CRM_TOPIC);
            assertThat(header(r, "journeymap.source.partition")).isEqualTo(String.valueOf(origin.partition()));
            assertThat(header(r, "journeymap.source.offset")).isEqualTo(String.valueOf(origin.offset()));
        });
        assertThat(byReason.get("value:type:object").value()).isEqualTo("[1,2,3]");
        assertThat(byReason.get("value:type:object").key()).isNotNull();
    }

    @Test
    @Order(2)
    void segmentRecordsProducedSteadilySurviveAKill9WhileConsumingWithNoLossAndNoDuplicate() throws Exception {
        // Switch the same connector to another topic in Segment format, dead letters logged.
        karaf.setConfig("io.journeymap.connector.kafka", Map.of("topic", WEB_TOPIC, "group.id", WEB_GROUP,
                "format", "segment", "instance", "segment-prod", "dead.letter.topic", ""));
        int people = 20;
        List<RecordMetadata> bad = new ArrayList<>();
        bad.add(send(WEB_TOPIC, "web-user-0", "{\"type\":\"track\",\"userId\":\"web-user-0\",\"messageId\":\"no-event\"}").get());
        bad.add(send(WEB_TOPIC, "web-user-1", "{\"type\":\"track\",\"event\":\"Nobody\",\"messageId\":\"no-id\"}").get());
        // A source that keeps sending, about 100 records a second, before, during and after the kill.
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean producing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicReference<Exception> failed = new java.util.concurrent.atomic.AtomicReference<>();
        Thread source = new Thread(() -> {
            try {
                while (producing.get()) {
                    for (int k = 0; k < 10; k++) {
                        int i = count.getAndIncrement();
                        send(WEB_TOPIC, "web-user-" + (i % people), segment(i, people)).get();
                    }
                    Thread.sleep(100);
                }
            } catch (Exception e) {
                failed.set(e);
            }
        }, "itest-segment-source");
        source.start();
        try {
            KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> total("user_id", "web-user-0") > 0,
                    "the first Segment records on a timeline");
            karaf.kill9();
            int sentAtKill = count.get();
            karaf.start();
            int sentAtRestart = count.get();
            KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> count.get() > sentAtRestart + 300,
                    "300 more records after the restart");
            System.out.printf("kafka connector (segment): killed after %d records, restarted after %d%n", sentAtKill,
                    sentAtRestart);
        } finally {
            producing.set(false);
            source.join();
        }
        assertThat(failed.get()).isNull();
        int sent = count.get();

        for (int p = 0; p < people; p++) {
            int expected = sent / people + (p < sent % people ? 1 : 0);
            awaitTotal("user_id", "web-user-" + p, expected, Duration.ofSeconds(120));
            List<JsonNode> events = timeline("user_id", "web-user-" + p);
            assertThat(messageIds(events)).hasSize(Math.min(expected, 1000));
            assertThat(events).allSatisfy(e -> assertThat(e.path("source").path("instance").asText()).isEqualTo("segment-prod"));
        }
        JsonNode page = timeline("user_id", "web-user-1").stream().filter(e -> "page".equals(e.path("type").asText()))
                .findFirst().orElseThrow();
        assertThat(page.path("context").path("campaign").path("source").asText()).isEqualTo("newsletter");
        awaitCommittedToTheEnd(WEB_GROUP, WEB_TOPIC);
        String log = karaf.log();
        for (RecordMetadata m : bad) {
            assertThat(log).contains("record at partition " + m.partition() + " offset " + m.offset() + " dead-lettered");
        }
        System.out.printf("kafka connector (segment): all %d records once after the restart%n", sent);
    }

    private static java.util.concurrent.Future<RecordMetadata> send(String topic, String key, String value) {
        return producer.send(new ProducerRecord<>(topic, key, value));
    }

    private static String canonical(String messageId, int person) {
        return "{\"messageId\":\"" + messageId + "\",\"type\":\"track\",\"event\":\"Opportunity Stage Changed\","
                + "\"properties\":{\"stage\":\"Closed Won\",\"amount\":12000},\"timestamp\":\"2026-11-27T16:20:00Z\","
                + "\"identifiers\":[{\"type\":\"email\",\"value\":\"k" + person + "@example.com\"}"
                + (person == 0 ? ",{\"type\":\"salesforce_contact_id\",\"value\":\"0035e00000Bf3XkAAJ\"}" : "")
                + "],\"context\":{\"channel\":\"crm\"}}";
    }

    private static String segment(int i, int people) {
        String user = "web-user-" + (i % people);
        String ts = "2026-11-27T" + String.format("%02d:%02d:%02d", 8 + i / 3600 % 12, i / 60 % 60, i % 60) + ".000Z";
        if (i % 4 == 1) {
            return "{\"type\":\"page\",\"userId\":\"" + user + "\",\"messageId\":\"ajs-web-" + i + "\",\"name\":\"Pricing\","
                    + "\"properties\":{\"url\":\"https://www.example.com/pricing?utm_source=newsletter&utm_medium=email\"},"
                    + "\"context\":{\"library\":{\"name\":\"analytics.js\",\"version\":\"next-1.70.0\"}},"
                    + "\"timestamp\":\"" + ts + "\"}";
        }
        return "{\"type\":\"track\",\"userId\":\"" + user + "\",\"messageId\":\"ajs-web-" + i + "\",\"event\":\"Product Viewed\","
                + "\"properties\":{\"product_id\":\"sku-" + (i % 17) + "\"},\"timestamp\":\"" + ts + "\"}";
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The group's committed offsets reach each partition's end: every record, good or dead, was committed. */
    private static void awaitCommittedToTheEnd(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrap()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < 3; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            KarafAssembly.awaitTrue(Duration.ofSeconds(30), () -> {
                try {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get();
                    return ends.entrySet().stream().allMatch(e -> committed.get(e.getKey()) != null
                            && committed.get(e.getKey()).offset() == e.getValue());
                } catch (Exception e) {
                    return false;
                }
            }, "group " + group + " committed up to the end of " + topic + " " + ends);
        }
    }

    private static String path(String type, String value) {
        return "/api/v1/identifiers/" + type + "/" + value + "/timeline";
    }

    private static long total(String type, String value) {
        try {
            HttpResponse<String> r = karaf.admin(path(type, value) + "?limit=1");
            return r.statusCode() == 200 ? EventJson.mapper().readTree(r.body()).path("total").asLong() : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private static void awaitTotal(String type, String value, long expected, Duration timeout) throws InterruptedException {
        KarafAssembly.awaitTrue(timeout, () -> total(type, value) >= expected,
                expected + " event(s) on the timeline of " + type + " " + value);
        assertThat(total(type, value)).as("exactly %d on the timeline of %s", expected, value).isEqualTo(expected);
    }

    private static List<JsonNode> timeline(String type, String value) throws Exception {
        JsonNode events = EventJson.mapper().readTree(karaf.admin(path(type, value) + "?limit=1000").body()).path("events");
        List<JsonNode> out = new ArrayList<>();
        events.forEach(out::add);
        return out;
    }

    private static Set<String> messageIds(List<JsonNode> events) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        events.forEach(e -> ids.merge(e.path("messageId").asText(), 1, Integer::sum));
        assertThat(ids.values()).as("no messageId twice").allMatch(n -> n == 1);
        return ids.keySet();
    }
}
