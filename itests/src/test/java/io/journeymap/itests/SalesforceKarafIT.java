package io.journeymap.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.json.EventJson;
import io.journeymap.connector.salesforce.testing.SalesforceStandIn;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Salesforce connector in the running assembly, configured through its {@code etc/} file against a
 * Salesforce stand-in started outside Karaf: records reach the people's timelines once, through an
 * expired session and a request-limit error, and after a {@code kill -9} and restart the sync resumes from its stored
 * watermark, so new and changed records arrive and nothing arrives twice.
 */
class SalesforceKarafIT {

    private static final Instant T0 = Instant.parse("2024-05-06T08:00:00.125Z");

    private static SalesforceStandIn salesforce;
    private static KarafAssembly karaf;

    @BeforeAll
    static void boot() throws Exception {
        salesforce = SalesforceStandIn.start(2);
        karaf = KarafAssembly.fresh("salesforce");
        karaf.setConfig("io.journeymap.connector.salesforce", Map.ofEntries(Map.entry("instance", "it-org"),
                Map.entry("login.url", salesforce.url()), Map.entry("client.id", SalesforceStandIn.CLIENT_ID),
                Map.entry("client.secret", SalesforceStandIn.CLIENT_SECRET),
                Map.entry("refresh.token", SalesforceStandIn.REFRESH_TOKEN),
                Map.entry("objects", "Lead,Contact,Opportunity,Case"), Map.entry("poll.interval.seconds", "1"),
                Map.entry("poll.lag.seconds", "0"), Map.entry("retry.initial.delay.ms", "100"),
                Map.entry("retry.max.delay.ms", "500")));
    }

    @AfterAll
    static void shutdown() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
        if (salesforce != null) {
            salesforce.close();
        }
    }

    @Test
    void recordsReachTheTimelinesOnceAndAfterARestartTheSyncResumesAtItsWatermark() throws Exception {
        salesforce.put("Lead", lead(1, "ada@example.com", T0));
        salesforce.put("Lead", lead(2, "grace@example.com", T0));
        salesforce.put("Lead", lead(3, "linus@example.com", T0.plusSeconds(2)));
        salesforce.put("Contact", record("003", 1, T0, Map.of("Email", "ada@example.com", "FirstName", "Ada")));
        salesforce.put("Opportunity", record("006", 1, T0.plusSeconds(3), Map.of("ContactId", SalesforceStandIn.id("003", 1),
                "StageName", "Closed Won", "Name", "Ada's deal")));
        salesforce.put("Case", record("500", 1, T0.plusSeconds(4), Map.of("ContactId", SalesforceStandIn.id("003", 1),
                "ContactEmail", "ada@example.com", "Subject", "Cannot export", "Description", "The export button is gone.")));
        salesforce.failNext(SalesforceStandIn.Fault.SESSION_EXPIRED, SalesforceStandIn.Fault.CONCURRENT_LIMIT);
        karaf.start();

        // ada: lead created + identify, contact created + identify, opportunity created + stage changed, case
        awaitTimeline("ada@example.com", 7);
        assertThat(events("ada@example.com")).contains("Lead Created", "Contact Created", "Opportunity Created",
                "Opportunity Stage Changed", "Case Created");
        awaitTimeline("grace@example.com", 2);
        awaitTimeline("linus@example.com", 2);
        assertThat(salesforce.logins()).isGreaterThanOrEqualTo(2);
        assertThat(karaf.log()).doesNotContain(SalesforceStandIn.CLIENT_SECRET, SalesforceStandIn.REFRESH_TOKEN,
                "ada@example.com");

        karaf.kill9();
        int before = salesforce.dataRequests().size();
        Map<String, Object> changed = lead(3, "linus@example.com", T0.plusSeconds(60));
        changed.put("HasOptedOutOfEmail", true);
        salesforce.put("Lead", changed);
        salesforce.put("Lead", lead(4, "barbara@example.com", T0.plusSeconds(61)));
        karaf.start();

        awaitTimeline("barbara@example.com", 2);
        awaitTimeline("linus@example.com", 3);
        awaitTimeline("ada@example.com", 7);
        awaitTimeline("grace@example.com", 2);
        List<String> afterRestart = salesforce.dataRequests().subList(before, salesforce.dataRequests().size());
        assertThat(afterRestart).map(r -> URLDecoder.decode(r, StandardCharsets.UTF_8))
                .as("the first Lead query after the restart starts at the stored watermark")
                .filteredOn(r -> r.contains("FROM Lead")).first().asString()
                .contains("SystemModstamp >= 2024-05-06T08:00:02Z");

        // every connector of the assembly reports itself; Salesforce shows the watermark it stored last
        String list = karaf.shell("journeymap:connector-list");
        assertThat(list).contains("ads", "email", "files", "hubspot", "kafka", "support", "tracking-http");
        assertThat(list.lines().filter(l -> l.startsWith("salesforce ")).findFirst()).hasValueSatisfying(row ->
                assertThat(row).contains("RUNNING", "Lead SystemModstamp 2024-05-06T08:01:01.125Z"));
        assertThat(list.lines().filter(l -> l.startsWith("kafka ")).findFirst()).hasValueSatisfying(row ->
                assertThat(row).contains("STOPPED"));
    }

    private static Map<String, Object> lead(int n, String email, Instant modstamp) {
        return record("00Q", n, modstamp, Map.of("Email", email, "LastName", "Person" + n, "Company", "Acme",
                "HasOptedOutOfEmail", false));
    }

    private static Map<String, Object> record(String prefix, int n, Instant modstamp, Map<String, Object> fields) {
        Map<String, Object> r = new HashMap<>(fields);
        r.put("Id", SalesforceStandIn.id(prefix, n));
        r.put("SystemModstamp", SalesforceStandIn.time(modstamp));
        r.put("LastModifiedDate", SalesforceStandIn.time(modstamp));
        r.put("CreatedDate", SalesforceStandIn.time(T0.minusSeconds(3600)));
        return r;
    }

    private static JsonNode timeline(String email) throws Exception {
        HttpResponse<String> r = karaf.admin("/api/v1/identifiers/email/" + email + "/timeline?limit=100");
        return r.statusCode() == 200 ? EventJson.mapper().readTree(r.body()) : null;
    }

    private static void awaitTimeline(String email, int count) throws Exception {
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> {
            try {
                JsonNode t = timeline(email);
                return t != null && t.path("count").asInt() >= count;
            } catch (Exception e) {
                return false;
            }
        }, count + " events on a timeline");
        Thread.sleep(1500); // a poll or two more: nothing else may arrive
        assertThat(timeline(email).path("count").asInt()).isEqualTo(count);
    }

    private static List<String> events(String email) throws Exception {
        List<String> names = new ArrayList<>();
        timeline(email).path("events").forEach(e -> names.add(e.path("event").asText()));
        return names;
    }
}
