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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Cluster mode as configuration only: the same assembly with {@code events.uri} set to Kafka makes
 * events durable on a real broker (acks=all), sealed and keyed by a keyed hash of the person, and the pipeline moves them onto the
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
            // one record key per person (a keyed hash of the user id), so each person's events stay in order
            assertThat(byKey.keySet()).hasSize(PEOPLE);
            assertThat(byKey.values()).allMatch(n -> n == (BATCHES + 1) * PER_BATCH / PEOPLE);
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

    /** Reads the topic from the start: how many records each key has; no identifier may be on it in the clear. */
    private static Map<String, Integer> topicKeys(String bootstrap, int expected) {
        Map<String, Integer> byKey = new HashMap<>();
        for (ConsumerRecord<String, String> r : TopicReader.readAll(bootstrap, "journeymap.events", expected)) {
            assertThat(r.key()).matches("[0-9a-f]{32}");
            assertThat(r.value()).contains("jm-sealed").doesNotContain("kafka-user");
            byKey.merge(r.key(), 1, Integer::sum);
        }
        return byKey;
    }
}
