package io.journeymap.itests;

import static io.journeymap.itests.KarafAssembly.WRITE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.json.EventJson;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What was acknowledged survives kill -9: every acknowledged event is on the timeline exactly once.
 * On the embedded default (H2); subclasses run it on other stores.
 */
class CrashRecoveryKarafIT {

    /** Points the assembly at the store under test; the default keeps the embedded H2. */
    protected void configureStore(KarafAssembly karaf) throws Exception {
    }

    protected String runName() {
        return "crash-recovery";
    }

    private static final int BATCHES = 40;
    private static final int PER_BATCH = 50;

    @Test
    void everyAcknowledgedEventIsOnTheTimelineExactlyOnceAfterKill9AndRestart() throws Exception {
        try (KarafAssembly karaf = KarafAssembly.fresh(runName())) {
            configureStore(karaf);
            karaf.start();
            Set<String> acknowledged = new HashSet<>();
            for (int b = 0; b < BATCHES; b++) {
                StringBuilder batch = new StringBuilder("{\"batch\":[");
                for (int i = 0; i < PER_BATCH; i++) {
                    batch.append(i == 0 ? "" : ",").append("{\"type\":\"track\",\"userId\":\"crash-user\",\"event\":\"E\","
                            + "\"messageId\":\"c-").append(b).append('-').append(i).append("\"}");
                }
                HttpResponse<String> r = karaf.post("/v1/batch", batch.append("]}").toString(), WRITE_KEY);
                assertThat(r.statusCode()).isEqualTo(200);
                for (int i = 0; i < PER_BATCH; i++) {
                    acknowledged.add("c-" + b + "-" + i);
                }
            }
            // No pause: the kill lands while the pipeline is still moving events to the timeline.
            karaf.kill9();
            karaf.start();

            KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> count(karaf) >= acknowledged.size(),
                    acknowledged.size() + " events on the timeline after restart");
            JsonNode events = EventJson.mapper().readTree(
                    karaf.admin("/api/v1/identifiers/user_id/crash-user/timeline?limit=1000").body()).path("events");
            // The page holds the first 1000; the count covers all of them.
            assertThat(count(karaf)).isEqualTo(acknowledged.size());
            Set<String> seen = new HashSet<>();
            events.forEach(e -> assertThat(seen.add(e.path("messageId").asText())).as("no duplicate").isTrue());
            assertThat(acknowledged).containsAll(seen);
        }
    }

    private static long count(KarafAssembly karaf) {
        try {
            return EventJson.mapper().readTree(karaf.admin("/api/v1/identifiers/user_id/crash-user/timeline?limit=1").body())
                    .path("total").asLong();
        } catch (Exception e) {
            return -1;
        }
    }
}
