package io.journeymap.connector.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.connector.ConnectorState;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.json.EventJson;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.camel.EmbeddedHttpServer;
import io.journeymap.camel.WebhookReplies;
import io.journeymap.connector.common.testing.RecordingIngest;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The support webhooks over real HTTP, on the same Vert.x server the bundle runs, with an in-memory write path. */
class SupportWebhooksHttpTest {

    private static final String ZENDESK_SECRET = "zendesk-signing-secret-0123456789";
    private static final String INTERCOM_SECRET = "intercom-client-secret-0123456789";
    private static final Instant NOW = Instant.parse("2025-11-28T16:00:00Z");

    private final HttpClient http = HttpClient.newHttpClient();
    private final RecordingIngest ingest = new RecordingIngest();
    private final ConnectorActivity activity = new ConnectorActivity("support", "test", ConnectorState.RUNNING,
            Clock.systemUTC());
    private CamelContext camel;
    private String base;

    @BeforeEach
    void start() throws Exception {
        start(true);
    }

    private void start(boolean configured) throws Exception {
        if (camel != null) {
            camel.stop();
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        SupportSettings settings = SupportSettings.of("127.0.0.1", port, configured ? ZENDESK_SECRET : "", 300,
                configured ? INTERCOM_SECRET : "");
        camel = new DefaultCamelContext();
        EmbeddedHttpServer.install(camel, "127.0.0.1", port, 1024 * 1024);
        camel.addRoutes(SupportConnector.routes(settings, new WebhookReplies(ingest, activity),
                Clock.fixed(NOW, ZoneOffset.UTC)));
        camel.start();
        base = "http://127.0.0.1:" + port;
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    private HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> zendesk(String body, String signedAt, String secret) throws Exception {
        return post("/webhooks/zendesk", body, Map.of(ZendeskSignature.TIMESTAMP_HEADER, signedAt,
                ZendeskSignature.SIGNATURE_HEADER, ZendeskSignature.sign(secret, signedAt, body.getBytes(StandardCharsets.UTF_8))));
    }

    private HttpResponse<String> intercom(String body, String secret) throws Exception {
        return post("/webhooks/intercom", body,
                Map.of(IntercomSignature.HEADER, IntercomSignature.sign(secret, body.getBytes(StandardCharsets.UTF_8))));
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return EventJson.mapper().readTree(r.body());
    }

    @Test
    void aSignedZendeskTicketIsStoredOnceThoughDeliveredTwice() throws Exception {
        String body = Fixtures.text("zendesk-ticket-created.json");
        HttpResponse<String> r = zendesk(body, "2025-11-28T15:59:00Z", ZENDESK_SECRET);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("accepted").asInt()).isEqualTo(1);
        HttpResponse<String> again = zendesk(body, "2025-11-28T15:59:30Z", ZENDESK_SECRET);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("duplicates").asInt()).isEqualTo(1);
        assertThat(ingest.stored()).singleElement().satisfies(e -> assertThat(e.text()).contains("checkout page"));
    }

    @Test
    void aWronglySignedOrStaleZendeskDeliveryIs401() throws Exception {
        String body = Fixtures.text("zendesk-ticket-created.json");
        HttpResponse<String> wrong = zendesk(body, "2025-11-28T15:59:00Z", "not-the-signing-secret-0123");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).path("error").asText()).isEqualTo("invalid_signature");
        HttpResponse<String> stale = zendesk(body, "2025-11-28T12:00:00Z", ZENDESK_SECRET);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(json(stale).path("error").asText()).isEqualTo("stale_timestamp");
        assertThat(ingest.stored()).isEmpty();
    }

    @Test
    void aMalformedZendeskEventIs400NamingTheField() throws Exception {
        String body = Fixtures.text("zendesk-ticket-created.json").replace("\"requester_id\": \"8447388090494\",", "");
        HttpResponse<String> r = zendesk(body, "2025-11-28T15:59:00Z", ZENDESK_SECRET);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("rejected").get(0).path("errors").get(0).path("field").asText())
                .isEqualTo("detail.requester_id");
        HttpResponse<String> notJson = zendesk("{\"type\": ", "2025-11-28T15:59:00Z", ZENDESK_SECRET);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).path("errors").get(0).path("field").asText()).isEqualTo("body");
    }

    @Test
    void signedIntercomNotificationsAreStoredOnceEachWithTheirText() throws Exception {
        for (String fixture : new String[] {"intercom-conversation-user-created.json",
                "intercom-conversation-user-replied.json", "intercom-conversation-admin-replied.json"}) {
            assertThat(intercom(Fixtures.text(fixture), INTERCOM_SECRET).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> retried = intercom(Fixtures.text("intercom-conversation-user-replied.json"), INTERCOM_SECRET);
        assertThat(json(retried).path("duplicates").asInt()).isEqualTo(1);
        assertThat(ingest.stored()).extracting(e -> e.event())
                .containsExactly("Conversation Started", "Chat Message", "Conversation Replied");
        assertThat(ingest.stored()).allSatisfy(e -> {
            assertThat(e.identifier(IdentifierType.EMAIL)).contains("ada@example.com");
            assertThat(e.text()).isNotBlank();
        });
    }

    @Test
    void aWronglySignedIntercomNotificationIs401() throws Exception {
        HttpResponse<String> r = intercom(Fixtures.text("intercom-conversation-user-created.json"), "wrong-client-secret-0123");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(json(r).path("error").asText()).isEqualTo("invalid_signature");
        assertThat(post("/webhooks/intercom", "{}", Map.of()).statusCode()).isEqualTo(401);
        assertThat(ingest.stored()).isEmpty();
    }

    @Test
    void intercomsPingAndHeadCheckAreAnswered200() throws Exception {
        assertThat(intercom(Fixtures.text("intercom-ping.json"), INTERCOM_SECRET).statusCode()).isEqualTo(200);
        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create(base + "/webhooks/intercom"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(ingest.stored()).isEmpty();
    }

    @Test
    void withoutSecretsBothEndpointsAnswer503NamingTheKey() throws Exception {
        start(false);
        HttpResponse<String> z = zendesk(Fixtures.text("zendesk-ticket-created.json"), "2025-11-28T15:59:00Z", ZENDESK_SECRET);
        assertThat(z.statusCode()).isEqualTo(503);
        assertThat(json(z).path("message").asText()).contains("zendesk.signing.secret");
        HttpResponse<String> i = intercom(Fixtures.text("intercom-ping.json"), INTERCOM_SECRET);
        assertThat(i.statusCode()).isEqualTo(503);
        assertThat(json(i).path("message").asText()).contains("intercom.client.secret");
    }

    @Test
    void aStoreFailureIs503SoTheVendorRetries() throws Exception {
        ingest.failing(true);
        HttpResponse<String> r = zendesk(Fixtures.text("zendesk-ticket-created.json"), "2025-11-28T15:59:00Z", ZENDESK_SECRET);
        assertThat(r.statusCode()).isEqualTo(503);
    }
}
