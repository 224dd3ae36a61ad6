package io.journeymap.itests;

import static io.journeymap.itests.KarafAssembly.WRITE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.segment.analytics.Analytics;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.TrackMessage;
import io.journeymap.api.json.EventJson;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The Segment-compatible tracking API of the running assembly, driven from outside. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrackingApiKarafIT {

    private static KarafAssembly karaf;

    @BeforeAll
    static void boot() throws Exception {
        karaf = KarafAssembly.fresh("tracking-api");
        karaf.start();
    }

    @AfterAll
    static void shutdown() throws Exception {
        karaf.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return EventJson.mapper().readTree(r.body());
    }

    private static JsonNode timeline(String profile) throws Exception {
        HttpResponse<String> r = karaf.admin("/api/v1/identifiers/user_id/" + profile + "/timeline?limit=1000");
        assertThat(r.statusCode()).isEqualTo(200);
        return json(r);
    }

    private static void awaitTimelineCount(String profile, int count) throws Exception {
        KarafAssembly.awaitTrue(Duration.ofSeconds(30), () -> {
            try {
                HttpResponse<String> r = karaf.admin("/api/v1/identifiers/user_id/" + profile + "/timeline?limit=1000");
                return r.statusCode() == 200 && json(r).path("count").asInt() == count;
            } catch (Exception e) {
                return false;
            }
        }, count + " events on the timeline of " + profile);
    }

    @Test
    void eventsSentWithSegmentsOwnJavaLibraryArriveInTheTimeline() throws Exception {
        Analytics analytics = Analytics.builder(WRITE_KEY).endpoint(karaf.trackingUrl()).flushQueueSize(5).build();
        analytics.enqueue(IdentifyMessage.builder().userId("segment-user").traits(Map.of("email", "ada@example.com")));
        for (int i = 0; i < 9; i++) {
            analytics.enqueue(TrackMessage.builder("Viewed Page " + i).userId("segment-user")
                    .properties(Map.of("step", i)));
        }
        analytics.flush();
        analytics.shutdown();

        awaitTimelineCount("segment-user", 10);
        JsonNode events = timeline("segment-user").path("events");
        assertThat(events.get(0).path("source").path("connector").asText()).isEqualTo("tracking-http");
        List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.path("type").asText()));
        assertThat(types).containsOnly("identify", "track").contains("identify");
        assertThat(events.toString()).contains("\"type\":\"email\"").contains("Viewed Page 8");
    }

    @Test
    void repeatedMessageIdIsAcknowledgedAndStoredOnce() throws Exception {
        String body = "{\"userId\":\"dup-user\",\"event\":\"Clicked\",\"messageId\":\"dup-1\"}";
        assertThat(karaf.post("/v1/track", body, WRITE_KEY).statusCode()).isEqualTo(200);
        HttpResponse<String> again = karaf.post("/v1/track", body, WRITE_KEY);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("duplicates").asInt()).isEqualTo(1);
        awaitTimelineCount("dup-user", 1);
    }

    @Test
    void malformedJsonIs400NamingTheBody() throws Exception {
        HttpResponse<String> r = karaf.post("/v1/track", "{\"userId\": ", WRITE_KEY);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("error").asText()).isEqualTo("malformed_json");
        assertThat(json(r).path("errors").get(0).path("field").asText()).isEqualTo("body");
    }

    @Test
    void brokenRuleIs400NamingFieldAndRule() throws Exception {
        HttpResponse<String> r = karaf.post("/v1/track", "{\"userId\":\"u\",\"timestamp\":\"soon\"}", WRITE_KEY);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode errors = json(r).path("errors");
        assertThat(errors.toString()).contains("\"field\":\"timestamp\"").contains("\"rule\":\"iso-8601\"")
                .contains("\"field\":\"event\"").contains("\"rule\":\"required\"");
    }

    @Test
    void batchWithBadMessagesNamesThemByIndexAndMessageIdAndKeepsTheGoodOnes() throws Exception {
        String batch = "{\"batch\":["
                + "{\"type\":\"track\",\"userId\":\"batch-user\",\"event\":\"A\",\"messageId\":\"ok-1\"},"
                + "{\"type\":\"track\",\"userId\":\"batch-user\",\"messageId\":\"bad-1\"},"
                + "{\"type\":\"shout\",\"userId\":\"batch-user\",\"messageId\":\"bad-2\"},"
                + "{\"type\":\"page\",\"userId\":\"batch-user\",\"name\":\"Home\",\"messageId\":\"ok-2\"}]}";
        HttpResponse<String> r = karaf.post("/v1/batch", batch, WRITE_KEY);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode body = json(r);
        assertThat(body.path("accepted").asInt()).isEqualTo(2);
        assertThat(body.path("rejected")).hasSize(2);
        assertThat(body.path("rejected").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(body.path("rejected").get(0).path("messageId").asText()).isEqualTo("bad-1");
        assertThat(body.path("rejected").get(1).path("errors").get(0).path("rule").asText()).isEqualTo("one-of");
        awaitTimelineCount("batch-user", 2);
    }

    @Test
    void missingOrWrongWriteKeyIs401() throws Exception {
        assertThat(karaf.post("/v1/track", "{}", null).statusCode()).isEqualTo(401);
        assertThat(karaf.post("/v1/track", "{}", "not-a-key").statusCode()).isEqualTo(401);
    }

    @Test
    void tooLargeMessageOrBatchIs413() throws Exception {
        String big = "x".repeat(33 * 1024);
        assertThat(karaf.post("/v1/track", "{\"userId\":\"u\",\"event\":\"e\",\"properties\":{\"p\":\"" + big + "\"}}",
                WRITE_KEY).statusCode()).isEqualTo(413);
        StringBuilder batch = new StringBuilder("{\"batch\":[");
        for (int i = 0; i < 2501; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"type\":\"track\",\"userId\":\"u\",\"event\":\"e\"}");
        }
        assertThat(karaf.post("/v1/batch", batch.append("]}").toString(), WRITE_KEY).statusCode()).isEqualTo(413);
    }

    @Test
    void gzippedBatchIsAccepted() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("{\"batch\":[{\"type\":\"track\",\"userId\":\"gzip-user\",\"event\":\"Zipped\"}]}"
                    .getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = karaf.post("/v1/batch", bytes.toByteArray(), WRITE_KEY, Map.of("Content-Encoding", "gzip"));
        assertThat(r.statusCode()).isEqualTo(200);
        awaitTimelineCount("gzip-user", 1);
    }

    @Test
    @Order(Integer.MAX_VALUE) // after every other call of this class has been logged
    void logsHoldNoSecretAndNoPersonalData() throws Exception {
        String log = karaf.log();
        assertThat(log).contains("tracking API listening"); // the log is the one the product writes
        assertThat(log).doesNotContain(WRITE_KEY).doesNotContain(KarafAssembly.ADMIN_PASSWORD)
                .doesNotContain("ada@example.com").doesNotContain("segment-user").doesNotContain("batch-user");
    }

    @Test
    void adminApiNeedsItsCredentialAndDocumentsItself() throws Exception {
        assertThat(karaf.admin("/api/v1/profiles/x/timeline", null).statusCode()).isEqualTo(401);
        HttpResponse<String> doc = karaf.admin("/api/v1/openapi.json");
        assertThat(doc.statusCode()).isEqualTo(200);
        JsonNode openapi = json(doc);
        assertThat(openapi.path("openapi").asText()).startsWith("3.");
        assertThat(openapi.path("paths").has("/api/v1/profiles/{id}/timeline")).isTrue();
    }
}
