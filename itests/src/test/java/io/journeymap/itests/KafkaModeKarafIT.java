package io.journeymap.itests;

import static io.journeymap.itests.KarafAssembly.WRITE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.json.EventJson;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Cluster mode as configuration only: the same assembly with {@code events.uri} set to Kafka makes
 * events durable on a real broker (acks=all), keyed by person, and the pipeline moves them onto the
 * timelines, storing a redelivered or repeated message once.
 */
class KafkaModeKarafIT {

    private static final int PEOPLE = 10;
    private static final int BATCHES = 5;
    private static final int PER_BATCH = 100;

    @Test
    void eventsFlowThroughARealKafkaTopicKeyedByPersonOntoTheTimelinesExactlyOnce() throws Exception {
        Path runs = Paths.get(System.getProperty("journeymap.karaf.runs", "target/karaf-runs"));
        try (KafkaBroker kafka = KafkaBroker.start(runs.resolve("kafka-broker-" + System.nanoTime()));
                KarafAssembly karaf = KarafAssembly.fresh("kafka-mode")) {
            karaf.setConfig("io.journeymap.routes", Map.of("events.uri", "kafka:journeymap.events?brokers="
                    + kafka.bootstrap() + "&groupId=journeymap-pipeline&autoOffsetReset=earliest&autoCommitEnable=false"
                    + "&allowManualCommit=true&breakOnFirstError=true&requestRequiredAcks=all"));
            karaf.start();

            String first = null;
            for (int b = 0; b < BATCHES; b++) {
                String batch = batch(b);
                first = first == null ? batch : first;
                assertThat(karaf.post("/v1/batch", batch, WRITE_KEY).statusCode()).isEqualTo(200);
            }
            // A client retry of the first batch: acknowledged again, on the topic again, stored once.
            assertThat(karaf.post("/v1/batch", first, WRITE_KEY).statusCode()).isEqualTo(200);

            int perPerson = BATCHES * PER_BATCH / PEOPLE;
            for (int person = 0; person < PEOPLE; person++) {
                String profile = "kafka-user-" + person;
                KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> total(karaf, profile) >= perPerson,
                        perPerson + " events on " + profile);
            }
            for (int person = 0; person < PEOPLE; person++) {
                assertThat(total(karaf, "kafka-user-" + person)).isEqualTo(perPerson);
            }

            Map<String, Integer> byKey = topicKeys(kafka.bootstrap(), (BATCHES + 1) * PER_BATCH);
            assertThat(byKey.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo((BATCHES + 1) * PER_BATCH);
            assertThat(byKey.keySet()).allMatch(k -> k.startsWith("kafka-user-")).hasSize(PEOPLE);
        }
    }

    private static String batch(int b) {
        StringBuilder s = new StringBuilder("{\"batch\":[");
        for (int i = 0; i < PER_BATCH; i++) {
            s.append(i == 0 ? "" : ",").append("{\"type\":\"track\",\"userId\":\"kafka-user-").append(i % PEOPLE)
                    .append("\",\"event\":\"Step\",\"messageId\":\"k-").append(b).append('-').append(i).append("\"}");
        }
        return s.append("]}").toString();
    }

    private static long total(KarafAssembly karaf, String profile) {
        try {
            return EventJson.mapper().readTree(karaf.admin("/api/v1/identifiers/user_id/" + profile + "/timeline?limit=1").body())
                    .path("total").asLong();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Reads the topic from the start: how many records each key has. */
    private static Map<String, Integer> topicKeys(String bootstrap, int expected) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", "itest-reader");
        p.put("auto.offset.reset", "earliest");
        p.put("key.deserializer", StringDeserializer.class.getName());
        p.put("value.deserializer", StringDeserializer.class.getName());
        Map<String, Integer> byKey = new HashMap<>();
        int seen = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of("journeymap.events"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    byKey.merge(r.key(), 1, Integer::sum);
                    seen++;
                }
            }
        }
        return byKey;
    }
}
