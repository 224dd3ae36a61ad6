package io.journeymap.connector.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.connector.ConnectorState;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.camel.EmbeddedHttpServer;
import io.journeymap.connector.common.testing.RecordingIngest;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The receiver on a real HTTP server, driven as HubSpot drives it: every request on a fresh client. */
class HubSpotWebhookReceiverIT {

    private static final String SECRET = "hubspot-client-secret-for-tests";

    private final RecordingIngest ingest = new RecordingIngest();
    private CamelContext camel;
    private String url;

    @BeforeEach
    void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ConnectorActivity activity = new ConnectorActivity("hubspot", "it", ConnectorState.RUNNING, Clock.systemUTC());
        camel = new DefaultCamelContext();
        EmbeddedHttpServer.install(camel, "0.0.0.0", port, 1024 * 1024);
        camel.addRoutes(new HubSpotWebhookRoutes("/hubspot/webhook", new HubSpotWebhookProcessor(
                new HubSpotSignatureV3(SECRET, Clock.systemUTC()), null, new HubSpotWebhookMapper("it"), null,
                Executors.newSingleThreadExecutor(), ingest, activity, Clock.systemUTC())));
        camel.start();
        url = "http://localhost:" + port + "/hubspot/webhook";
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    private HttpResponse<String> post(HttpClient client, String body, long timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(
                mac.doFinal(("POST" + url + body + timestamp).getBytes(StandardCharsets.UTF_8)));
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("X-HubSpot-Signature-v3", signature)
                .header("X-HubSpot-Request-Timestamp", Long.toString(timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String contactChange(long eventId) {
        return "[{\"eventId\":" + eventId + ",\"subscriptionId\":25,\"portalId\":33,\"appId\":1160452,\"occurredAt\":"
                + Instant.now().toEpochMilli() + ",\"subscriptionType\":\"contact.propertyChange\",\"attemptNumber\":0,"
                + "\"objectId\":5,\"changeSource\":\"CRM\",\"propertyName\":\"lifecyclestage\",\"propertyValue\":\"customer\"}]";
    }

    @Test
    void theFirstRequestOfAFreshClientAndTheNextOnesAreVerifiedAlike() throws Exception {
        for (HttpClient.Version version : HttpClient.Version.values()) {
            HttpClient client = HttpClient.newBuilder().version(version).build();
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> r = post(client, contactChange(version.ordinal() * 10 + i), Instant.now().toEpochMilli());
                assertThat(r.statusCode()).as(version + " request " + i + ": " + r.body()).isEqualTo(200);
            }
        }
        assertThat(ingest.stored()).hasSize(6);
    }
}
