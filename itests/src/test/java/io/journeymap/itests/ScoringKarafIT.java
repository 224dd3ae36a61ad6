package io.journeymap.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.json.EventJson;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scoring in the running assembly: the DJL engine (PyTorch natives from Maven artifacts) starts
 * offline inside Karaf; a support chat sent through the tracking API gets a sentiment, first from the
 * lexicon baseline, then from a version trained in the product by {@code journeymap:train} through
 * the evaluation gate; a person without personalization consent gets none (and the refusal is
 * audited); installing another feature afterwards does not refresh the engine bundle.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScoringKarafIT {

    private static KarafAssembly karaf;

    @BeforeAll
    static void boot() throws Exception {
        Path vader = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().getParent()
                .resolve("shared/datasets/vader");
        if (!Files.isRegularFile(vader.resolve("vader_lexicon.txt"))) {
            Assumptions.abort("the VADER data set is not at " + vader + " (../shared/datasets/vader from the project root)");
        }
        karaf = KarafAssembly.fresh("scoring");
        karaf.setConfig("io.journeymap.scoring", Map.of("sentiment.training.dir", vader.toString()));
        karaf.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    private static void track(String json) throws Exception {
        assertThat(karaf.post("/v1/track", json, KarafAssembly.WRITE_KEY).statusCode()).isEqualTo(200);
    }

    private static String chat(String userId, String messageId, String text, boolean personalization) {
        return "{\"userId\":\"" + userId + "\",\"messageId\":\"" + messageId + "\",\"event\":\"Chat Message Sent\","
                + "\"text\":\"" + text + "\",\"context\":{\"timezone\":\"America/New_York\",\"channel\":\"support\","
                + "\"consent\":{\"categoryPreferences\":{\"Analytics\":true,\"Personalization\":" + personalization + "}}}}";
    }

    private static String profileOf(String userId) throws Exception {
        HttpResponse<String> r = karaf.admin("/api/v1/identifiers/user_id/" + userId + "/profile");
        return r.statusCode() == 200 ? EventJson.mapper().readTree(r.body()).path("profileId").asText() : null;
    }

    private static JsonNode scores(String userId) throws Exception {
        String profile = profileOf(userId);
        if (profile == null) {
            return EventJson.mapper().createArrayNode();
        }
        return EventJson.mapper().readTree(karaf.admin("/api/v1/profiles/" + profile + "/scores?kind=sentiment").body())
                .path("scores");
    }

    private static long timelineTotal(String userId) {
        try {
            HttpResponse<String> r = karaf.admin("/api/v1/identifiers/user_id/" + userId + "/timeline");
            return r.statusCode() == 200 ? EventJson.mapper().readTree(r.body()).path("total").asLong() : 0;
        } catch (Exception e) {
            return -1;
        }
    }

    private static JsonNode awaitScores(String userId, int count) throws Exception {
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> {
            try {
                return scores(userId).size() >= count;
            } catch (Exception e) {
                return false;
            }
        }, count + " sentiment score(s) of " + userId);
        return scores(userId);
    }

    @Test
    @Order(1)
    void theEngineStartsOfflineInsideKarafWithItsNativesUnpackedFromTheMavenArtifact() throws Exception {
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> {
            try {
                return karaf.log().contains("DJL engine PyTorch");
            } catch (java.io.IOException e) {
                return false;
            }
        }, "the DJL engine to start");
        assertThat(karaf.log()).containsPattern("DJL engine PyTorch 2\\.\\d+\\.\\d+ ready offline")
                .doesNotContain("UnsatisfiedLinkError").doesNotContain("Downloading");
        assertThat(karaf.shell("bundle:list -s journeymap-scoring-engine")).contains("Active");
    }

    @Test
    @Order(2)
    void aSupportChatGetsASentimentAndAPersonWithoutPersonalizationConsentGetsNone() throws Exception {
        track(chat("chat-unhappy", "c-1", "This is awful. Nothing works and nobody helps me!", true));
        track(chat("chat-private", "c-2", "This is awful. Nothing works and nobody helps me!", false));
        track(chat("chat-happy", "c-3", "Thank you so much, that fixed it. Great support!", true));

        JsonNode unhappy = awaitScores("chat-unhappy", 1);
        JsonNode happy = awaitScores("chat-happy", 1);
        assertThat(unhappy.get(0).path("value").asDouble()).isLessThan(-0.3);
        assertThat(happy.get(0).path("value").asDouble()).isGreaterThan(0.3);
        assertThat(unhappy.get(0).path("model").asText()).as("before any training the lexicon baseline serves")
                .isEqualTo("vader-lexicon");

        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> timelineTotal("chat-private") == 1,
                "the private person's chat on the timeline (analytics is granted)");
        assertThat(scores("chat-private")).isEmpty();
        JsonNode refused = EventJson.mapper().readTree(karaf.admin("/api/v1/consent/audit?point=SCORING&permitted=false"
                + "&identifierType=user_id&identifierValue=chat-private").body()).path("entries");
        assertThat(refused).isNotEmpty();
        assertThat(refused.get(0).path("purpose").asText()).isEqualTo("personalization");
    }

    @Test
    @Order(3)
    void trainingInTheProductRegistersAGatedVersionThatThenScores() throws Exception {
        String out = karaf.shell("journeymap:train sentiment");
        assertThat(out).contains("registered version 1 (SERVING)").contains("pearson");

        JsonNode versions = EventJson.mapper().readTree(karaf.admin("/api/v1/models").body()).path("versions");
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).path("status").asText()).isEqualTo("SERVING");
        assertThat(versions.get(0).path("features").asText()).startsWith("sentiment-features/");
        double pearson = versions.get(0).path("metrics").path("pearson").asDouble();
        assertThat(pearson).as("held-out Pearson r").isGreaterThan(0.5);

        track(chat("chat-unhappy", "c-4", "Still broken after a week. I want a refund.", true));
        JsonNode scores = awaitScores("chat-unhappy", 2);
        assertThat(scores.get(0).path("model").asText()).isEqualTo("sentiment");
        assertThat(scores.get(0).path("modelVersion").asText()).isEqualTo("1");
        assertThat(scores.get(0).path("value").asDouble()).isLessThan(0);

        // a second run must beat version 1 on the same held-out sentences: the same data and seed cannot
        assertThat(karaf.shell("journeymap:train sentiment")).contains("no new version").contains("does not beat");
        assertThat(karaf.shell("journeymap:models sentiment")).contains("SERVING");
    }

    @Test
    @Order(4)
    void installingAnotherFeatureLaterDoesNotRefreshTheEngineBundle() throws Exception {
        String before = karaf.shell("bundle:list -s -t 0 journeymap-scoring-engine");
        karaf.shell("feature:uninstall journeymap-connector-kafka");
        karaf.shell("feature:install journeymap-connector-kafka");
        assertThat(karaf.shell("bundle:list -s -t 0 journeymap-scoring-engine")).isEqualTo(before).contains("Active");
        String log = karaf.log();
        assertThat(log.split("DJL engine PyTorch", -1)).as("the engine started once").hasSize(2);
        assertThat(log).doesNotContain("UnsatisfiedLinkError");
        // and it still scores
        HttpResponse<String> r = karaf.adminPost("/api/v1/sentiment", "{\"texts\":[\"I love it\",\"I hate it\"]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode values = EventJson.mapper().readTree(r.body()).path("scores");
        assertThat(values.get(0).asDouble()).isGreaterThan(values.get(1).asDouble());
    }
}
