package io.journeymap.connector.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.connector.ConnectorState;
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
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The email webhooks over real HTTP, on the same Vert.x server the bundle runs, with an in-memory write path. */
class EmailWebhooksHttpTest {

    private static final KeyPair SENDGRID = SendGridKeys.generate();
    private static final String MAILCHIMP_SECRET = "mc-secret-0123456789";
    private static final Instant NOW = Instant.parse("2025-11-29T10:00:00Z");

    private final HttpClient http = HttpClient.newHttpClient();
    private final RecordingIngest ingest = new RecordingIngest();
    private final ConnectorActivity activity = new ConnectorActivity("email", "test", ConnectorState.RUNNING,
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
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        EmailSettings settings = EmailSettings.of("127.0.0.1", port,
                configured ? SendGridKeys.publicKeyBase64(SENDGRID) : "", 300, configured ? MAILCHIMP_SECRET : "");
        camel = new DefaultCamelContext();
        EmbeddedHttpServer.install(camel, "127.0.0.1", port, 1024 * 1024);
        camel.addRoutes(new EmailRoutes(
                new SendGridProcessor(settings.sendGridKey().map(k -> new SendGridSignature(k, Duration.ofMinutes(5))),
                        new WebhookReplies(ingest, activity), clock),
                new MailchimpProcessor(settings.mailchimpSecret(), new WebhookReplies(ingest, activity), clock)));
        camel.start();
        base = "http://127.0.0.1:" + port;
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    private HttpResponse<String> sendGrid(String body, Instant signedAt, KeyPair signer) throws Exception {
        String ts = String.valueOf(signedAt.getEpochSecond());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/webhooks/sendgrid"))
                .header("Content-Type", "application/json")
                .header(SendGridSignature.SIGNATURE_HEADER, SendGridKeys.sign(signer, ts, bytes))
                .header(SendGridSignature.TIMESTAMP_HEADER, ts)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> mailchimp(String secret, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/webhooks/mailchimp/" + secret));
        b = form == null ? b.GET() : b.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return EventJson.mapper().readTree(r.body());
    }

    private static String fixture() throws Exception {
        try (var in = EmailWebhooksHttpTest.class.getResourceAsStream("/fixtures/sendgrid-events.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aSignedBatchIsStoredAndAnswered200AfterItIsDurable() throws Exception {
        HttpResponse<String> r = sendGrid(fixture(), NOW, SENDGRID);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("accepted").asInt()).isEqualTo(9);
        assertThat(json(r).path("ignored").path("deferred").asInt()).isEqualTo(1);
        assertThat(ingest.stored()).hasSize(9);
        assertThat(activity.eventsLastMinute()).isEqualTo(9);
    }

    @Test
    void aRedeliveredBatchIsAcknowledgedAndStoredOnce() throws Exception {
        sendGrid(fixture(), NOW, SENDGRID);
        HttpResponse<String> again = sendGrid(fixture(), NOW.plusSeconds(10), SENDGRID);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("accepted").asInt()).isZero();
        assertThat(json(again).path("duplicates").asInt()).isEqualTo(9);
        assertThat(ingest.stored()).hasSize(9);
    }

    @Test
    void aWronglySignedBatchIs401WithAReasonAndStoresNothing() throws Exception {
        HttpResponse<String> r = sendGrid(fixture(), NOW, SendGridKeys.generate());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(json(r).path("error").asText()).isEqualTo("invalid_signature");
        assertThat(ingest.stored()).isEmpty();
        assertThat(activity.errors()).isEqualTo(1);
        assertThat(activity.lastError()).hasValue("SendGrid delivery refused: 401 invalid_signature");
        assertThat(activity.state()).isEqualTo(ConnectorState.RUNNING);
    }

    @Test
    void aStaleSignatureIs401() throws Exception {
        HttpResponse<String> r = sendGrid(fixture(), NOW.minusSeconds(3600), SENDGRID);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(json(r).path("error").asText()).isEqualTo("stale_timestamp");
    }

    @Test
    void aMalformedEventIsNamedByIndexAndFieldWhileTheGoodOnesAreKept() throws Exception {
        String batch = "[{\"email\":\"ada@example.com\",\"timestamp\":1764403220,\"event\":\"delivered\",\"sg_event_id\":\"ok-1\"},"
                + "{\"timestamp\":1764403220,\"event\":\"open\",\"sg_event_id\":\"bad-1\"},"
                + "{\"email\":\"ada@example.com\",\"timestamp\":1764403299,\"event\":\"click\",\"sg_event_id\":\"ok-2\",\"url\":\"https://example.com\"}]";
        HttpResponse<String> r = sendGrid(batch, NOW, SENDGRID);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.path("accepted").asInt()).isEqualTo(2);
        assertThat(body.path("rejected").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(body.path("rejected").get(0).path("id").asText()).isEqualTo("bad-1");
        assertThat(body.path("rejected").get(0).path("errors").get(0).path("field").asText()).isEqualTo("email");
        assertThat(ingest.stored()).hasSize(2);
    }

    @Test
    void aBatchWithNothingUsableIs400() throws Exception {
        HttpResponse<String> r = sendGrid("[{\"event\":\"open\"}]", NOW, SENDGRID);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("rejected")).hasSize(1);
        HttpResponse<String> notArray = sendGrid("{\"event\":\"open\"}", NOW, SENDGRID);
        assertThat(notArray.statusCode()).isEqualTo(400);
        assertThat(json(notArray).path("errors").get(0).path("rule").asText()).isEqualTo("type:array");
    }

    @Test
    void aStoreFailureIs503SoSendGridRetries() throws Exception {
        ingest.failing(true);
        HttpResponse<String> r = sendGrid(fixture(), NOW, SENDGRID);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(activity.state()).isEqualTo(ConnectorState.FAILING);
    }

    @Test
    void withoutKeyOrSecretBothEndpointsAnswer503NamingTheKey() throws Exception {
        start(false);
        HttpResponse<String> sg = sendGrid(fixture(), NOW, SENDGRID);
        assertThat(sg.statusCode()).isEqualTo(503);
        assertThat(json(sg).path("message").asText()).contains("sendgrid.public.key");
        HttpResponse<String> mc = mailchimp("anything-at-all-here", MailchimpFixtures.UNSUBSCRIBE);
        assertThat(mc.statusCode()).isEqualTo(503);
        assertThat(json(mc).path("message").asText()).contains("mailchimp.secret");
    }

    @Test
    void mailchimpsValidationGetIsAnswered200() throws Exception {
        assertThat(mailchimp(MAILCHIMP_SECRET, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aMailchimpDeliveryToTheWrongSecretIs401() throws Exception {
        HttpResponse<String> r = mailchimp("not-the-secret-0123456789", MailchimpFixtures.UNSUBSCRIBE);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(mailchimp("not-the-secret-0123456789", null).statusCode()).isEqualTo(401);
        assertThat(ingest.stored()).isEmpty();
    }

    @Test
    void aMailchimpUnsubscribeIsStoredOnceThoughRetried() throws Exception {
        HttpResponse<String> r = mailchimp(MAILCHIMP_SECRET, MailchimpFixtures.UNSUBSCRIBE);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("accepted").asInt()).isEqualTo(1);
        HttpResponse<String> retry = mailchimp(MAILCHIMP_SECRET, MailchimpFixtures.UNSUBSCRIBE);
        assertThat(json(retry).path("duplicates").asInt()).isEqualTo(1);
        assertThat(ingest.stored()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("Email Unsubscribed");
            assertThat(e.identifier(io.journeymap.api.event.IdentifierType.EMAIL)).contains("ada@example.com");
        });
    }

    @Test
    void aMalformedMailchimpDeliveryIs400NamingTheField() throws Exception {
        HttpResponse<String> r = mailchimp(MAILCHIMP_SECRET, "type=unsubscribe&fired_at=2025-11-28+10%3A02%3A44");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("rejected").get(0).path("errors").get(0).path("field").asText()).isEqualTo("data[email]");
    }

    @Test
    void aMailchimpCampaignIsAcknowledgedWithoutStoring() throws Exception {
        HttpResponse<String> r = mailchimp(MAILCHIMP_SECRET, MailchimpFixtures.CAMPAIGN);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(ingest.stored()).isEmpty();
        assertThat(Optional.of(json(r).path("ignored").path("campaign").asInt())).contains(1);
    }
}
