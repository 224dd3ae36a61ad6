package io.journeymap.itests;

import static io.journeymap.itests.KarafAssembly.WRITE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.json.EventJson;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Consent enforced in the real assembly: the ingest gate with a person who grants and then
 * revokes, Global Privacy Control on the tracking API, a TC string that denies purpose 1, the
 * audit log an admin queries, the shell, and the consent endpoint and TC decoder under random and
 * truncated input.
 */
class ConsentKarafIT {

    /** Grants TCF purposes 2-10 and vendor 755, denies purpose 1 (built by the consent bundle's TcStringBuilder). */
    static final String TC_DENIES_PURPOSE_1 = "CQSbk4AQuAHigAKABBENCWFgAH_AAAAAAAYgF5wAQF5gAAAA";
    /** Grants TCF purposes 1-10 and vendor 755. */
    static final String TC_GRANTS_ALL = "CQSbk4AQuAHigAKABBENCWFgAP_AAAAAAAYgF5wAQF5gAAAA";

    private static KarafAssembly karaf;

    @BeforeAll
    static void boot() throws Exception {
        karaf = KarafAssembly.fresh("consent");
        karaf.setConfig("io.journeymap.consent", Map.of("tcf.vendor.id", "755"));
        karaf.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    private static void track(String json) throws Exception {
        assertThat(karaf.post("/v1/track", json, WRITE_KEY).statusCode()).isEqualTo(200);
    }

    private static long timelineTotal(String type, String value) {
        try {
            HttpResponse<String> r = karaf.admin("/api/v1/identifiers/" + type + "/" + value + "/timeline");
            return r.statusCode() == 404 ? 0 : EventJson.mapper().readTree(r.body()).path("total").asLong();
        } catch (Exception e) {
            return -1;
        }
    }

    private static JsonNode audit(String query) throws Exception {
        return EventJson.mapper().readTree(karaf.admin("/api/v1/consent/audit?" + query).body()).path("entries");
    }

    /** Waits until the pipeline has taken this marker event (from a person who permits analytics). */
    private static void awaitPipeline(String marker) throws Exception {
        track("{\"userId\":\"" + marker + "\",\"event\":\"Marker\",\"context\":{\"timezone\":\"America/New_York\"}}");
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> timelineTotal("user_id", marker) == 1, "marker " + marker);
    }

    @Test
    void aPersonWhoGrantsThenRevokesIsTrackedOnlyInBetween() throws Exception {
        // EU visitor, nothing granted yet: opt-in region, so the event is anonymised
        track("{\"anonymousId\":\"ann-1\",\"event\":\"Before\",\"context\":{\"timezone\":\"Europe/Berlin\"}}");
        // the banner: analytics granted
        java.time.Instant t0 = java.time.Instant.now().minusSeconds(600);
        track("{\"anonymousId\":\"ann-1\",\"userId\":\"ann\",\"event\":\"Granted\",\"timestamp\":\"" + t0 + "\","
                + "\"context\":{\"timezone\":\"Europe/Berlin\",\"consent\":{\"categoryPreferences\":{\"Analytics\":true}}}}");
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> timelineTotal("user_id", "ann") == 1, "the granted event");
        track("{\"userId\":\"ann\",\"event\":\"While Granted\",\"timestamp\":\"" + t0.plusSeconds(60) + "\","
                + "\"context\":{\"timezone\":\"Europe/Berlin\"}}");
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> timelineTotal("user_id", "ann") == 2, "the second event");

        // the CMP reports the revocation
        HttpResponse<String> revoked = karaf.adminPost("/api/v1/consent", "{\"identifiers\":[{\"type\":\"user_id\","
                + "\"value\":\"ann\"}],\"source\":\"cmp:onetrust\",\"region\":\"DE\",\"changes\":[{\"purpose\":\"analytics\","
                + "\"action\":\"revoked\",\"timestamp\":\"" + t0.plusSeconds(120) + "\"}]}");
        assertThat(revoked.statusCode()).isEqualTo(201);
        track("{\"userId\":\"ann\",\"event\":\"After Revoke\",\"timestamp\":\"" + t0.plusSeconds(180) + "\"}");
        awaitPipeline("marker-ann");

        assertThat(timelineTotal("user_id", "ann")).isEqualTo(2);
        JsonNode consent = EventJson.mapper().readTree(karaf.admin("/api/v1/identifiers/user_id/ann/consent").body());
        assertThat(consent.at("/purposes/analytics/granted").asBoolean()).isFalse();
        assertThat(consent.at("/purposes/analytics/entry/action").asText()).isEqualTo("REVOKED");
        assertThat(consent.path("history")).hasSize(2);

        // the audit log knows the person by profile and by (hashed) identifiers: both withheld events, newest first
        JsonNode withheld = audit("point=INGEST&purpose=analytics&identifierType=user_id&identifierValue=ann");
        assertThat(withheld).hasSize(2);
        assertThat(withheld.get(0).path("reason").asText()).contains("revoked by cmp:onetrust");
        assertThat(withheld.get(0).path("subject").asText()).startsWith("p-");
        assertThat(withheld.get(1).path("reason").asText()).contains("default:EU:opt_in");
        assertThat(withheld.get(1).path("subject").asText()).startsWith("h:");
        assertThat(audit("point=INGEST&identifierType=anonymous_id&identifierValue=ann-1")).isEqualTo(withheld);
        assertThat(karaf.log()).doesNotContain("ann-1").doesNotContain("\"ann\"");
    }

    @Test
    void globalPrivacyControlOnTheTrackingApiRefusesAdvertising() throws Exception {
        HttpResponse<String> r = karaf.post("/v1/track", "{\"userId\":\"gpc-person\",\"event\":\"Viewed\"}"
                .getBytes(StandardCharsets.UTF_8), WRITE_KEY, Map.of("Sec-GPC", "1"));
        assertThat(r.statusCode()).isEqualTo(200);
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> timelineTotal("user_id", "gpc-person") == 1, "the event");
        JsonNode c = EventJson.mapper().readTree(karaf.admin("/api/v1/identifiers/user_id/gpc-person/consent").body());
        assertThat(c.at("/purposes/advertising/granted").asBoolean()).isFalse();
        assertThat(c.at("/purposes/advertising/entry/source").asText()).isEqualTo("gpc");
        assertThat(c.at("/purposes/analytics/granted").asBoolean()).isTrue();
    }

    @Test
    void aTcStringThatDeniesPurposeOneKeepsThePersonOutAndOneThatGrantsLetsThemIn() throws Exception {
        track("{\"userId\":\"tcf-no\",\"event\":\"Viewed\",\"context\":{\"timezone\":\"Europe/Madrid\","
                + "\"consent\":{\"tcString\":\"" + TC_DENIES_PURPOSE_1 + "\"}}}");
        track("{\"userId\":\"tcf-yes\",\"event\":\"Viewed\",\"context\":{\"timezone\":\"Europe/Madrid\","
                + "\"consent\":{\"tcString\":\"" + TC_GRANTS_ALL + "\"}}}");
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> timelineTotal("user_id", "tcf-yes") == 1, "tcf-yes");
        awaitPipeline("marker-tcf");
        assertThat(timelineTotal("user_id", "tcf-no")).isZero();
        JsonNode withheld = audit("point=INGEST&identifierType=user_id&identifierValue=tcf-no");
        assertThat(withheld.get(0).path("reason").asText()).contains("denied by tcf");
        JsonNode c = EventJson.mapper().readTree(karaf.admin("/api/v1/identifiers/user_id/tcf-no/consent").body());
        assertThat(c.at("/purposes/analytics/entry/evidence").asText()).isEqualTo(TC_DENIES_PURPOSE_1);
        assertThat(c.at("/purposes/analytics/entry/eventTime").asText()).isEqualTo("2026-11-20T09:00:00Z");
    }

    @Test
    void theShellShowsConsentAndTheAuditLog() throws Exception {
        track("{\"userId\":\"shell-person\",\"event\":\"Viewed\",\"context\":{\"consent\":{\"categoryPreferences\":"
                + "{\"Advertising\":false}}}}");
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> timelineTotal("user_id", "shell-person") == 1, "event");
        String out = karaf.shell("journeymap:consent user_id shell-person");
        assertThat(out).contains("advertising").contains("segment:categoryPreferences").contains("DENIED");
        assertThat(karaf.shell("journeymap:consent-audit --point INGEST --limit 5")).contains("INGEST");
    }

    @Test
    void randomAndTruncatedInputToTheConsentEndpointGetsA400AndNeverStopsIt() throws Exception {
        Random random = new Random(20261129);
        String valid = "{\"identifiers\":[{\"type\":\"email\",\"value\":\"fuzz@example.com\"}],\"source\":\"cmp\","
                + "\"changes\":[{\"purpose\":\"analytics\",\"action\":\"granted\",\"timestamp\":\"2026-11-28T10:00:00Z\"}]}";
        for (int i = 0; i < 300; i++) {
            byte[] body = switch (i % 3) {
                case 0 -> valid.substring(0, random.nextInt(valid.length() - 1)).getBytes(StandardCharsets.UTF_8);
                case 1 -> {
                    byte[] b = new byte[random.nextInt(200)];
                    random.nextBytes(b);
                    yield b;
                }
                default -> {
                    char[] c = valid.toCharArray();
                    for (int k = 0; k < 3; k++) {
                        c[random.nextInt(c.length)] = (char) (32 + random.nextInt(95));
                    }
                    yield new String(c).getBytes(StandardCharsets.UTF_8);
                }
            };
            HttpResponse<String> r = karaf.adminPost("/api/v1/consent", body);
            assertThat(r.statusCode()).as("input %d", i).isIn(201, 400);
            JsonNode json = EventJson.mapper().readTree(r.body());
            if (r.statusCode() == 400) {
                assertThat(json.path("errors").get(0).path("field").asText()).isNotEmpty();
                assertThat(json.path("errors").get(0).path("rule").asText()).isNotEmpty();
            }
        }
        assertThat(karaf.adminPost("/api/v1/consent", valid).statusCode()).isEqualTo(201);
    }

    @Test
    void unreadableTcStringsOnEventsAreRejectedAndLoggedWhileTheEventsFlow() throws Exception {
        Random random = new Random(7);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/";
        StringBuilder batch = new StringBuilder("{\"batch\":[");
        for (int i = 0; i < 100; i++) {
            String tc;
            if (i % 2 == 0) {
                tc = TC_GRANTS_ALL.substring(0, random.nextInt(TC_GRANTS_ALL.length()));
            } else {
                StringBuilder s = new StringBuilder();
                for (int k = random.nextInt(80); k > 0; k--) {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                tc = s.toString();
            }
            batch.append(i == 0 ? "" : ",").append("{\"type\":\"track\",\"userId\":\"tc-fuzz-").append(i)
                    .append("\",\"event\":\"Viewed\",\"context\":{\"consent\":{\"tcString\":\"").append(tc)
                    .append("\"}}}");
        }
        assertThat(karaf.post("/v1/batch", batch.append("]}").toString(), WRITE_KEY).statusCode()).isEqualTo(200);
        awaitPipeline("marker-tc-fuzz");
        // US fallback region: analytics is permitted by default, so every event is on its timeline
        for (int i = 0; i < 100; i += 9) {
            assertThat(timelineTotal("user_id", "tc-fuzz-" + i)).as("tc-fuzz-%d", i).isEqualTo(1);
        }
        JsonNode rejected = audit("purpose=signal&limit=1000");
        assertThat(rejected.size()).isGreaterThan(50);
        assertThat(rejected.get(0).path("reason").asText()).startsWith("signal rejected: tcString");
        assertThat(karaf.log()).contains("consent signal rejected").doesNotContain("Exception in");
    }
}
