package io.journeymap.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.json.EventJson;
import io.journeymap.connector.hubspot.testing.HubSpotStandIn;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The HubSpot connector in the running assembly against a HubSpot stand-in outside Karaf: records
 * reach the people's timelines through 401, 429 and 503 answers and a malformed record; a restart
 * resumes from the durable checkpoint; signed webhooks are taken and forged or stale ones refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HubSpotKarafIT {

    private static final String TOKEN = "pat-na1-it-token-7f3a";
    private static final String CLIENT_SECRET = "it-client-secret-51c2";
    /** An hour ago, so nothing waits for the index lag. */
    private static final long T0 = Instant.now().minus(Duration.ofHours(1)).toEpochMilli();

    private static HubSpotStandIn hubspot;
    private static KarafAssembly karaf;
    private static int webhookPort;

    @BeforeAll
    static void boot() throws Exception {
        hubspot = new HubSpotStandIn(TOKEN);
        for (int i = 1; i <= 5; i++) {
            contact(i);
        }
        hubspot.put("calls", "101", T0 + 100, Map.of("hs_timestamp", "2026-11-19T15:30:00Z", "hs_call_body",
                "<p>Discussed the renewal</p>"), "1");
        hubspot.put("calls", "102", T0 + 200, Map.of("hs_timestamp", "last tuesday"), "2");
        hubspot.put("calls", "103", T0 + 300, Map.of("hs_timestamp", "2026-11-19T16:00:00Z"), "3");
        // The first contacts search is refused once (the token is sent again), the next is rate limited
        // for a second, and the first calls search meets a 503: each is retried, nothing is skipped.
        hubspot.fault("/contacts/search", 401, Map.of(), "{\"status\":\"error\",\"category\":\"INVALID_AUTHENTICATION\"}");
        hubspot.fault("/contacts/search", 429, Map.of("Retry-After", "1"),
                "{\"status\":\"error\",\"message\":\"You have reached your secondly limit.\",\"errorType\":\"RATE_LIMIT\"}");
        hubspot.fault("/calls/search", 503, Map.of(), "{\"status\":\"error\",\"message\":\"Service Unavailable\"}");

        karaf = KarafAssembly.fresh("hubspot");
        webhookPort = KarafAssembly.freePort();
        Map<String, String> cfg = new LinkedHashMap<>();
        cfg.put("instance", "acme");
        cfg.put("access.token", TOKEN);
        cfg.put("base.url", hubspot.baseUrl());
        cfg.put("object.types", "contacts,calls,deals");
        cfg.put("poll.interval.ms", "500");
        cfg.put("page.size", "2");
        cfg.put("index.lag.ms", "0");
        cfg.put("search.requests.per.second", "20");
        cfg.put("webhook.client.secret", CLIENT_SECRET);
        cfg.put("webhook.port", String.valueOf(webhookPort));
        karaf.setConfig("io.journeymap.connector.hubspot", cfg);
        // a refused signature logs the URI it was checked over: shown when a delivery is refused below
        karaf.setConfig("org.ops4j.pax.logging", Map.of(
                "log4j2.logger.hubspotwebhook.name", "io.journeymap.connector.hubspot.internal.HubSpotWebhookProcessor",
                "log4j2.logger.hubspotwebhook.level", "DEBUG"));
        karaf.start();
    }

    @AfterAll
    static void shutdown() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
        if (hubspot != null) {
            hubspot.close();
        }
    }

    private static void contact(int i) {
        hubspot.put("contacts", Integer.toString(i), T0 + i * 1000L,
                Map.of("email", "hub" + i + "@example.com", "firstname", "Person" + i));
    }

    /** @return the timeline's total, or -1 while the person is unknown or the admin API does not answer */
    private static long timelineTotal(String contactId) {
        try {
            HttpResponse<String> r = karaf.admin("/api/v1/identifiers/hubspot_contact_id/" + contactId + "/timeline?limit=100");
            return r.statusCode() == 200 ? EventJson.mapper().readTree(r.body()).path("total").asLong() : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    /**
     * The total of a person known to exist, read once the admin API answers: right after a restart it
     * may still refuse a connection or answer 503 for a moment.
     */
    private static long knownTimelineTotal(String contactId) throws InterruptedException {
        long[] total = {-1};
        KarafAssembly.awaitTrue(Duration.ofSeconds(30), () -> (total[0] = timelineTotal(contactId)) >= 0,
                "the admin API to answer for HubSpot contact " + contactId);
        return total[0];
    }

    private static List<String> timelineEvents(String contactId) throws Exception {
        JsonNode events = EventJson.mapper().readTree(karaf.admin("/api/v1/identifiers/hubspot_contact_id/" + contactId
                + "/timeline?limit=100").body()).path("events");
        return java.util.stream.StreamSupport.stream(events.spliterator(), false)
                .map(e -> e.path("messageId").asText()).toList();
    }

    private static void awaitTimeline(String contactId, long total) throws InterruptedException {
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> timelineTotal(contactId) == total,
                total + " events on the timeline of HubSpot contact " + contactId);
    }

    @Test
    @Order(1)
    void recordsReachTheTimelinesThroughAuthRateLimitAndServerErrorsAndABadRecordIsADeadLetter() throws Exception {
        awaitTimeline("1", 2); // the contact and the call
        awaitTimeline("3", 2);
        awaitTimeline("2", 1); // call 102 is a dead letter; the contact itself came through
        awaitTimeline("5", 1);
        assertThat(timelineEvents("1")).containsExactlyInAnyOrder("hubspot:calls:101:1",
                "hubspot:contacts:1:" + (T0 + 1000));

        assertThat(hubspot.faultsWaiting()).isZero();
        List<HubSpotStandIn.Request> contactSearches = hubspot.requests("/contacts/search");
        assertThat(contactSearches).extracting(HubSpotStandIn.Request::status).startsWith(401, 429, 200);
        assertThat((contactSearches.get(2).nanoTime() - contactSearches.get(1).nanoTime()) / 1_000_000)
                .as("waited as long as Retry-After said").isGreaterThanOrEqualTo(990);
        assertThat(hubspot.requests("/calls/search")).extracting(HubSpotStandIn.Request::status)
                .containsSubsequence(503, 200);

        String log = karaf.log();
        // the dead-letter log (logger io.journeymap.connector.hubspot.deadletter): the record and the rule, no values
        assertThat(log).contains("\"route\":\"ingest-hubspot-calls\",\"deadLetters\":[{\"objectType\":\"calls\","
                + "\"objectId\":\"102\",\"violations\":[{\"field\":\"properties.hs_timestamp\"");
        assertThat(log).doesNotContain(TOKEN).doesNotContain(CLIENT_SECRET);

        String list = karaf.shell("journeymap:connector-list");
        assertThat(list).contains("hubspot", "acme", "RUNNING", "contacts=", "calls=", "tracking-http");
    }

    @Test
    @Order(2)
    void afterARestartTheSyncResumesFromItsDurableCheckpointWithNoLossAndNoDuplicate() throws Exception {
        awaitTimeline("5", 1);
        karaf.close();
        int searchesBefore = hubspot.requests("/contacts/search").size();
        // changes made in HubSpot while journeymap is down: two new contacts, one edited
        contact(6);
        contact(7);
        hubspot.put("contacts", "4", T0 + 8000L, Map.of("email", "hub4@example.com", "firstname", "Renamed"));
        karaf.start();

        awaitTimeline("6", 1);
        awaitTimeline("7", 1);
        awaitTimeline("4", 2); // its first state and the edit
        List<HubSpotStandIn.Request> after = hubspot.requests("/contacts/search");
        assertThat(after.get(searchesBefore).body()).as("the first search after the restart starts at the checkpoint")
                .contains("\"operator\":\"GTE\",\"value\":\"" + (T0 + 5000L) + "\"");
        for (String unchanged : List.of("1", "3")) {
            assertThat(knownTimelineTotal(unchanged)).isEqualTo(2);
        }
        assertThat(knownTimelineTotal("2")).isEqualTo(1);
        assertThat(knownTimelineTotal("5")).isEqualTo(1);
        assertThat(timelineEvents("4")).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    @Order(3)
    void aSignedWebhookIsTakenAndAForgedOrStaleOneIsRefused() throws Exception {
        String url = "http://localhost:" + webhookPort + "/hubspot/webhook";
        String body = "[{\"eventId\":880001,\"subscriptionId\":25,\"portalId\":33,\"appId\":1160452,\"occurredAt\":"
                + Instant.now().toEpochMilli() + ",\"subscriptionType\":\"contact.propertyChange\",\"attemptNumber\":0,"
                + "\"objectId\":5,\"changeSource\":\"CRM\",\"propertyName\":\"lifecyclestage\",\"propertyValue\":\"customer\"}]";
        long now = Instant.now().toEpochMilli();

        // after the restart above, the webhook route may start after the sync routes; until it does the
        // server answers 503, which HubSpot retries, so the test does the same
        List<HttpResponse<String>> answers = new java.util.concurrent.CopyOnWriteArrayList<>();
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> {
            try {
                answers.add(karaf.postTo(url, bytes(body), signed(url, body, now, CLIENT_SECRET)));
                return answers.get(answers.size() - 1).statusCode() != 503;
            } catch (Exception e) {
                return false;
            }
        }, "the webhook receiver to take deliveries");
        HttpResponse<String> ok = answers.get(answers.size() - 1);
        assertThat(ok.statusCode()).as(ok.body() + refusals()).isEqualTo(200);
        awaitTimeline("5", 2);
        assertThat(timelineEvents("5")).contains("hubspot:webhook:880001");
        // HubSpot retries a delivery with the same eventId: taken again, stored once
        assertThat(karaf.postTo(url, bytes(body), signed(url, body, now, CLIENT_SECRET)).statusCode()).isEqualTo(200);

        HttpResponse<String> forged = karaf.postTo(url, bytes(body), signed(url, body, now, "not-the-secret"));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("MISMATCH");
        long stale = now - Duration.ofMinutes(6).toMillis();
        HttpResponse<String> old = karaf.postTo(url, bytes(body), signed(url, body, stale, CLIENT_SECRET));
        assertThat(old.statusCode()).isEqualTo(401);
        assertThat(old.body()).contains("EXPIRED");

        String bad = "[{\"eventId\":880002,\"objectId\":5,\"subscriptionType\":\"contact.creation\"}]";
        HttpResponse<String> invalid = karaf.postTo(url, bytes(bad), signed(url, bad, now, CLIENT_SECRET));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"[0].occurredAt\"");

        assertThat(timelineTotal("5")).isEqualTo(2);
    }

    @Test
    @Order(4)
    void aDealStageChangeThatArrivesByWebhookAndBySyncIsStoredOnce() throws Exception {
        String url = "http://localhost:" + webhookPort + "/hubspot/webhook";
        long entered = Instant.now().minusSeconds(5).toEpochMilli();
        hubspot.put("contacts", "8", entered, Map.of("email", "hub8@example.com", "firstname", "Person8"));
        hubspot.put("deals", "7001", entered, Map.of("dealname", "Renewal", "dealstage", "closedwon",
                "hs_v2_date_entered_current_stage", Instant.ofEpochMilli(entered).toString()), "8");
        String body = "[{\"eventId\":880010,\"subscriptionId\":26,\"portalId\":33,\"appId\":1160452,\"occurredAt\":"
                + entered + ",\"subscriptionType\":\"deal.propertyChange\",\"attemptNumber\":0,\"objectId\":7001,"
                + "\"changeSource\":\"CRM\",\"propertyName\":\"dealstage\",\"propertyValue\":\"closedwon\"}]";
        long now = Instant.now().toEpochMilli();
        HttpResponse<String> ok = karaf.postTo(url, bytes(body), signed(url, body, now, CLIENT_SECRET));
        assertThat(ok.statusCode()).as(ok.body() + refusals()).isEqualTo(200);
        assertThat(hubspot.requests("/deals/batch/read")).as("the receiver read the deal").isNotEmpty();

        // the sync reads the same deal: once two more deal searches have been answered, it has been through
        int searches = hubspot.requests("/deals/search").size();
        KarafAssembly.awaitTrue(Duration.ofSeconds(30), () -> hubspot.requests("/deals/search").size() >= searches + 2,
                "two more deal searches");
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> {
            try {
                return timelineEvents("8").stream().anyMatch(id -> id.startsWith("hubspot:deals:"));
            } catch (Exception e) {
                return false;
            }
        }, "the stage change on the timeline of HubSpot contact 8");
        // The sync route searches, ingests the page, then polls again: two more searches after this point
        // mean a page read since has been ingested, so a second copy of the stage change would be here.
        int seen = hubspot.requests("/deals/search").size();
        KarafAssembly.awaitTrue(Duration.ofSeconds(30), () -> hubspot.requests("/deals/search").size() >= seen + 2,
                "two more deal searches after the stage change was stored");
        List<String> stageChanges = timelineEvents("8").stream().filter(id -> !id.startsWith("hubspot:contacts:"))
                .toList();
        assertThat(stageChanges).as(timelineEvents("8").toString())
                .containsExactly("hubspot:deals:7001:stage:closedwon:" + entered + ":8");
    }

    /** The receiver's own account of refused deliveries, for a failure message. */
    private static String refusals() throws java.io.IOException {
        return " refusals in the log: " + karaf.log().lines().filter(l -> l.contains("webhook refused")).toList();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** HubSpot's v3 headers, computed here independently of the product's code. */
    private static Map<String, String> signed(String url, String body, long timestamp, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(
                mac.doFinal(("POST" + url + body + timestamp).getBytes(StandardCharsets.UTF_8)));
        return Map.of("X-HubSpot-Signature-v3", signature, "X-HubSpot-Request-Timestamp", Long.toString(timestamp));
    }
}
