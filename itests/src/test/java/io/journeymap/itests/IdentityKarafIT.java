package io.journeymap.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.json.EventJson;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Identity resolution in the running assembly, driven through the tracking API from three sources
 * (their own write keys) and read back through the admin API.
 */
class IdentityKarafIT {

    private static final String HUBSPOT = "it-hubspot-key";
    private static final String SALESFORCE = "it-salesforce-key";
    private static KarafAssembly karaf;

    @BeforeAll
    static void boot() throws Exception {
        karaf = KarafAssembly.fresh("identity");
        karaf.setConfig("io.journeymap.connector.tracking", Map.of("write.keys",
                KarafAssembly.WRITE_KEY + ":web," + HUBSPOT + ":hubspot," + SALESFORCE + ":salesforce"));
        karaf.start();
    }

    @AfterAll
    static void shutdown() throws Exception {
        karaf.close();
    }

    private static void send(String writeKey, String json) throws Exception {
        HttpResponse<String> r = karaf.post("/v1/identify", json, writeKey);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = karaf.admin(path);
        return r.statusCode() == 200 ? EventJson.mapper().readTree(r.body()) : null;
    }

    /** Waits until the person holding the identifier has {@code count} events; returns their profile. */
    private static JsonNode awaitPerson(String type, String value, int count) throws Exception {
        String path = "/api/v1/identifiers/" + type + "/" + value;
        KarafAssembly.awaitTrue(Duration.ofSeconds(30), () -> {
            try {
                JsonNode t = get(path + "/timeline?limit=1000");
                return t != null && t.path("count").asInt() == count;
            } catch (Exception e) {
                return false;
            }
        }, count + " events for " + type);
        return get(path + "/profile");
    }

    @Test
    void thePersonFromHubSpotSalesforceAndTheWebEndsInOneProfileWithOneTimeline() throws Exception {
        send(HUBSPOT, """
                {"anonymousId":"hubspot-sync","traits":{"email":" Ann.Lee@Example.COM","phone":"+1 (415) 555-2671"},
                 "context":{"externalIds":[{"type":"hubspot_contact_id","id":"0051","collection":"users"}]}}""");
        send(SALESFORCE, """
                {"anonymousId":"salesforce-sync-2","traits":{"phone":"415.555.2671"},
                 "context":{"externalIds":[{"type":"salesforce_contact_id","id":"0035g00000AbCdE","collection":"users"}]}}""");
        send(KarafAssembly.WRITE_KEY, """
                {"userId":"ann-42","anonymousId":"browser-ann","traits":{"email":"ann.lee@example.com"}}""");

        JsonNode person = awaitPerson("email", "ANN.LEE@example.com", 3);
        assertThat(get("/api/v1/identifiers/phone/(415)%20555-2671/profile").path("profileId"))
                .isEqualTo(person.path("profileId"));
        assertThat(get("/api/v1/identifiers/hubspot_contact_id/51/profile").path("profileId"))
                .isEqualTo(person.path("profileId"));
        assertThat(get("/api/v1/identifiers/user_id/ann-42/profile").path("profileId"))
                .isEqualTo(person.path("profileId"));
        List<String> types = new ArrayList<>();
        person.path("identifiers").forEach(i -> types.add(i.path("type").asText()));
        assertThat(types).contains("user_id", "salesforce_contact_id", "hubspot_contact_id", "email", "phone",
                "anonymous_id");
    }

    @Test
    void aSharedDeviceStaysTwoPeopleAndTheRefusedJoinIsInTheMergeLog() throws Exception {
        send(KarafAssembly.WRITE_KEY, "{\"userId\":\"kiosk-ann\",\"anonymousId\":\"kiosk-browser\"}");
        JsonNode ann = awaitPerson("user_id", "kiosk-ann", 1);
        send(KarafAssembly.WRITE_KEY, "{\"userId\":\"kiosk-bob\",\"anonymousId\":\"kiosk-browser\"}");
        JsonNode bob = awaitPerson("user_id", "kiosk-bob", 1);

        assertThat(bob.path("profileId")).isNotEqualTo(ann.path("profileId"));
        JsonNode log = get("/api/v1/profiles/" + bob.path("profileId").asText()).path("mergeLog");
        assertThat(log).hasSize(1);
        assertThat(log.get(0).path("decision").asText()).isEqualTo("REFUSED");
        assertThat(log.get(0).path("rule").asText()).isEqualTo("limit:user_id=1");
        assertThat(log.get(0).path("otherProfileId")).isEqualTo(ann.path("profileId"));
    }

    @Test
    void anUnmergeRestoresTwoCorrectTimelines() throws Exception {
        // two CRM syncs (distinct messageIds: identical bodies without one count as a client's retry)
        send(HUBSPOT, "{\"messageId\":\"crm-a\",\"anonymousId\":\"crm-1\",\"traits\":{\"email\":\"carol@example.com\"}}");
        send(HUBSPOT, "{\"messageId\":\"crm-b\",\"anonymousId\":\"crm-1\",\"traits\":{\"email\":\"carol@example.com\"}}");
        JsonNode crm = awaitPerson("email", "carol@example.com", 2);
        send(KarafAssembly.WRITE_KEY, "{\"userId\":\"carol-app\"}");
        awaitPerson("user_id", "carol-app", 1);
        // the wrong merge: someone typed carol's email into another account
        send(KarafAssembly.WRITE_KEY, "{\"userId\":\"carol-app\",\"traits\":{\"email\":\"carol@example.com\"}}");
        JsonNode merged = awaitPerson("user_id", "carol-app", 4);
        String survivor = merged.path("profileId").asText();
        JsonNode merge = null;
        for (JsonNode e : get("/api/v1/profiles/" + survivor).path("mergeLog")) {
            merge = e.path("decision").asText().equals("MERGED") ? e : merge;
        }
        assertThat(merge).as("merge log entry").isNotNull();
        assertThat(merge.path("otherProfileId")).isEqualTo(crm.path("profileId"));

        HttpResponse<String> split = karaf.adminPost("/api/v1/profiles/" + survivor + "/unmerge?mergeEntryId="
                + merge.path("entryId").asLong());

        assertThat(split.statusCode()).as(split.body()).isEqualTo(200);
        assertThat(get("/api/v1/identifiers/email/carol@example.com/timeline").path("count").asInt()).isEqualTo(2);
        assertThat(get("/api/v1/identifiers/user_id/carol-app/timeline").path("count").asInt()).isEqualTo(2);
        assertThat(get("/api/v1/identifiers/email/carol@example.com/profile").path("profileId"))
                .isEqualTo(crm.path("profileId"));
        assertThat(karaf.adminPost("/api/v1/profiles/" + survivor + "/unmerge?mergeEntryId="
                + merge.path("entryId").asLong()).statusCode()).isEqualTo(400);
    }

    @Test
    void theShellShowsAPersonByIdentifierWithTheMergeLog() throws Exception {
        send(KarafAssembly.WRITE_KEY, "{\"userId\":\"shell-ann\",\"anonymousId\":\"shell-browser\"}");
        awaitPerson("user_id", "shell-ann", 1);
        send(KarafAssembly.WRITE_KEY, "{\"userId\":\"shell-bob\",\"anonymousId\":\"shell-browser\"}");
        JsonNode bob = awaitPerson("user_id", "shell-bob", 1);

        String out = karaf.shell("journeymap:profile anonymous_id shell-browser");

        assertThat(out).contains("shell-ann", "anonymous_id").doesNotContain("shell-bob");
        assertThat(karaf.shell("journeymap:profile profile " + bob.path("profileId").asText()))
                .contains("shell-bob", "REFUSED", "limit:user_id=1");
    }

    @Test
    void probabilisticMatchingRunsAndTheReviewQueueAnswersThroughTheAdminApi() throws Exception {
        send(KarafAssembly.WRITE_KEY, """
                {"anonymousId":"match-a","traits":{"firstName":"Michaela","lastName":"Neumann","birthday":"1915-11-11",
                 "address":{"street":"8 Stanley Street","city":"Winston Hills","postalCode":"4223","state":"nsw"}}}""");
        awaitPerson("anonymous_id", "match-a", 1);

        HttpResponse<String> run = karaf.adminPost("/api/v1/identity/match");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(EventJson.mapper().readTree(run.body()).path("profilesCompared").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(get("/api/v1/identity/reviews").path("reviews").isArray()).isTrue();
        HttpResponse<String> unknown = karaf.adminPost("/api/v1/identity/reviews/999999/accept");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"reviewId\"");
        assertThat(karaf.adminPost("/api/v1/identity/reviews/1/maybe").statusCode()).isEqualTo(400);
        assertThat(karaf.shell("journeymap:match")).contains("profiles compared");
        assertThat(karaf.shell("journeymap:review accept 999999")).contains("reviewId: no such review item");
    }
}
