package io.journeymap.itests;

import static io.journeymap.itests.WebhookSigning.concat;
import static io.journeymap.itests.WebhookSigning.ecKeyPair;
import static io.journeymap.itests.WebhookSigning.ecdsa;
import static io.journeymap.itests.WebhookSigning.hmac;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.json.EventJson;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The email and support webhook connectors in the running assembly, configured through their
 * {@code etc/} files and driven from outside as SendGrid, Mailchimp, Zendesk and Intercom drive
 * them: signed deliveries reach the person's timeline exactly once, wrongly signed ones are refused,
 * and an email unsubscribe becomes an email_marketing refusal.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhookConnectorsKarafIT {

    private static final String MAILCHIMP_SECRET = "it-mailchimp-secret-0123456789";
    private static final String ZENDESK_SECRET = "it-zendesk-signing-secret-0123456789";
    private static final String INTERCOM_SECRET = "it-intercom-client-secret-0123456789";
    private static final KeyPair SENDGRID = ecKeyPair();

    private static KarafAssembly karaf;

    @BeforeAll
    static void boot() throws Exception {
        karaf = KarafAssembly.fresh("webhooks");
        karaf.setConfig("io.journeymap.connector.email", Map.of(
                "sendgrid.public.key", Base64.getEncoder().encodeToString(SENDGRID.getPublic().getEncoded()),
                "mailchimp.secret", MAILCHIMP_SECRET));
        karaf.setConfig("io.journeymap.connector.support", Map.of(
                "zendesk.signing.secret", ZENDESK_SECRET, "intercom.client.secret", INTERCOM_SECRET));
        karaf.start();
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> answers(karaf.emailUrl() + "/webhooks/mailchimp/" + MAILCHIMP_SECRET)
                && answers(karaf.supportUrl() + "/webhooks/intercom"), "both webhook connectors to answer");
    }

    @AfterAll
    static void shutdown() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    private static boolean answers(String url) {
        try {
            String method = url.endsWith("/intercom") ? "HEAD" : "GET";
            return karaf.request(url, method, null, Map.of()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    // ---- SendGrid

    @Test
    @Order(1)
    void signedSendGridEventsReachTheTimelineOnceAndTheUnsubscribeRefusesEmailMarketing() throws Exception {
        String email = "sg-person@example.com";
        long t = Instant.now().minusSeconds(600).getEpochSecond();
        String batch = "[" + sendGridEvent(email, "delivered", "sg-it-1", t, "")
                + "," + sendGridEvent(email, "open", "sg-it-2", t + 60, ",\"useragent\":\"Mozilla/5.0\"")
                + "," + sendGridEvent(email, "click", "sg-it-3", t + 90, ",\"url\":\"https://example.com/pricing\"")
                + "," + sendGridEvent(email, "deferred", "sg-it-4", t + 1, ",\"attempt\":\"1\"")
                + "," + sendGridEvent(email, "unsubscribe", "sg-it-5", t + 120, "") + "]";
        HttpResponse<String> first = sendGrid(batch, SENDGRID);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first).path("accepted").asInt()).isEqualTo(4);
        HttpResponse<String> again = sendGrid(batch, SENDGRID); // SendGrid's redelivery
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("duplicates").asInt()).isEqualTo(4);

        awaitTimeline("email", email, 4);
        assertThat(events("email", email)).containsExactlyInAnyOrder("Email Delivered", "Email Opened",
                "Email Link Clicked", "Email Unsubscribed");
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> emailMarketingRefused(email), "the email_marketing refusal");
        JsonNode consent = json(karaf.admin("/api/v1/identifiers/email/" + email + "/consent"));
        assertThat(consent.at("/purposes/email_marketing/entry/source").asText()).isEqualTo("email/sendgrid");
    }

    @Test
    @Order(2)
    void aWronglySignedSendGridDeliveryIsRefusedAndStoresNothing() throws Exception {
        String email = "sg-forged@example.com";
        long t = Instant.now().getEpochSecond();
        HttpResponse<String> forged = sendGrid("[" + sendGridEvent(email, "bounce", "sg-forged-1", t, "") + "]", ecKeyPair());
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(json(forged).path("error").asText()).isEqualTo("invalid_signature");
        // the same person's genuine event arrives alone: the forged one was never stored
        assertThat(sendGrid("[" + sendGridEvent(email, "delivered", "sg-genuine-1", t, "") + "]", SENDGRID).statusCode())
                .isEqualTo(200);
        awaitTimeline("email", email, 1);
        assertThat(events("email", email)).containsExactly("Email Delivered");
    }

    @Test
    @Order(3)
    void aMalformedSendGridEventIsNamedWhileTheRestOfTheBatchIsKept() throws Exception {
        String email = "sg-partial@example.com";
        long t = Instant.now().getEpochSecond();
        String batch = "[" + sendGridEvent(email, "delivered", "sg-partial-1", t, "")
                + ",{\"event\":\"open\",\"sg_event_id\":\"sg-partial-2\",\"timestamp\":" + t + "}]";
        HttpResponse<String> r = sendGrid(batch, SENDGRID);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("rejected").get(0).path("errors").get(0).path("field").asText()).isEqualTo("email");
        awaitTimeline("email", email, 1);
    }

    // ---- Mailchimp

    @Test
    @Order(4)
    void aMailchimpUnsubscribeIsStoredOnceAndRefusesEmailMarketing() throws Exception {
        String email = "mc-person@example.com";
        assertThat(mailchimp(MAILCHIMP_SECRET, null).statusCode()).isEqualTo(200); // Mailchimp's URL check
        String form = "type=unsubscribe&fired_at=" + firedAt(Instant.now().minusSeconds(60))
                + "&data%5Baction%5D=unsub&data%5Breason%5D=manual&data%5Bid%5D=8a25ff1d98"
                + "&data%5Bemail%5D=mc-person%40example.com&data%5Blist_id%5D=a6b5da1054&data%5Bcampaign_id%5D=cb398d21d2";
        assertThat(mailchimp(MAILCHIMP_SECRET, form).statusCode()).isEqualTo(200);
        assertThat(json(mailchimp(MAILCHIMP_SECRET, form)).path("duplicates").asInt()).isEqualTo(1);
        assertThat(mailchimp("not-the-secret-0123456789", form).statusCode()).isEqualTo(401);
        awaitTimeline("email", email, 1);
        assertThat(events("email", email)).containsExactly("Email Unsubscribed");
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> emailMarketingRefused(email), "the email_marketing refusal");
    }

    // ---- Zendesk

    @Test
    @Order(5)
    void signedZendeskTicketEventsReachTheRequestersTimelineOnceWithTheirText() throws Exception {
        String email = "zd-person@example.com";
        String created = zendeskEvent("zd-it-1", "ticket.created", "\"description\":\"The <b>checkout</b> keeps timing out.\"",
                "{}");
        String comment = zendeskEvent("zd-it-2", "ticket.comment_added", "\"description\":\"The checkout keeps timing out.\"",
                "{\"comment\":{\"id\":\"41872263521150\",\"body\":\"Still broken today, very annoying.\",\"is_public\":true,"
                        + "\"author\":{\"id\":\"8447388090494\",\"is_staff\":false,\"name\":\"Zed\"}}}");
        assertThat(zendesk(created, ZENDESK_SECRET).statusCode()).isEqualTo(200);
        assertThat(zendesk(comment, ZENDESK_SECRET).statusCode()).isEqualTo(200);
        assertThat(json(zendesk(comment, ZENDESK_SECRET)).path("duplicates").asInt()).isEqualTo(1);
        HttpResponse<String> forged = zendesk(zendeskEvent("zd-forged", "ticket.created", "\"description\":\"x\"", "{}"),
                "not-the-signing-secret-0123456789");
        assertThat(forged.statusCode()).isEqualTo(401);

        awaitTimeline("email", email, 2);
        JsonNode timeline = json(karaf.admin("/api/v1/identifiers/email/" + email + "/timeline?limit=100"));
        assertThat(timeline.toString()).contains("Ticket Created", "Ticket Updated", "Still broken today, very annoying.")
                .contains("\"zendesk_user_id\"");
    }

    // ---- Intercom

    @Test
    @Order(6)
    void signedIntercomConversationsReachTheContactsTimelineOnceAndForgeriesAreRefused() throws Exception {
        long t = Instant.now().minusSeconds(300).getEpochSecond();
        String started = intercomNotification("conversation.user.created", t,
                "\"source\":{\"type\":\"conversation\",\"id\":\"403918330\",\"delivered_as\":\"customer_initiated\","
                        + "\"body\":\"<p>Where is the <b>export</b> button?</p>\",\"author\":{\"type\":\"user\","
                        + "\"id\":\"5ba682d23d7cf92bef87bfd4\",\"email\":\"ic-person@example.com\"}}");
        String replied = intercomNotification("conversation.user.replied", t,
                "\"conversation_parts\":{\"type\":\"conversation_part.list\",\"total_count\":1,\"conversation_parts\":["
                        + "{\"type\":\"conversation_part\",\"id\":\"19950001\",\"part_type\":\"comment\",\"created_at\":" + (t + 60)
                        + ",\"body\":\"<p>Found it, thanks!</p>\",\"author\":{\"type\":\"user\",\"id\":\"5ba682d23d7cf92bef87bfd4\","
                        + "\"email\":\"ic-person@example.com\"}}]}");
        assertThat(intercom(started, INTERCOM_SECRET).statusCode()).isEqualTo(200);
        assertThat(intercom(replied, INTERCOM_SECRET).statusCode()).isEqualTo(200);
        assertThat(json(intercom(replied, INTERCOM_SECRET)).path("duplicates").asInt()).isEqualTo(1);
        assertThat(intercom(replied.replace("Found it", "Forged"), "wrong-client-secret-0123456789").statusCode())
                .isEqualTo(401);

        awaitTimeline("user_id", "ic-user-70", 2);
        assertThat(events("user_id", "ic-user-70")).containsExactlyInAnyOrder("Conversation Started", "Chat Message");
        String timeline = karaf.admin("/api/v1/identifiers/intercom_contact_id/5ba682d23d7cf92bef87bfd4/timeline").body();
        assertThat(timeline).contains("Where is the export button?").contains("Found it, thanks!").doesNotContain("Forged");
    }

    @Test
    @Order(Integer.MAX_VALUE) // after every other delivery of this class has been logged
    void logsHoldNoSecretAndNoPersonalData() throws Exception {
        String log = karaf.log();
        assertThat(log).contains("email webhooks listening").contains("support webhooks listening");
        assertThat(log).doesNotContain(MAILCHIMP_SECRET).doesNotContain(ZENDESK_SECRET).doesNotContain(INTERCOM_SECRET)
                .doesNotContain("sg-person@example.com").doesNotContain("mc-person@example.com")
                .doesNotContain("zd-person@example.com").doesNotContain("Still broken today");
    }

    // ---- helpers: the senders, played from outside

    private static HttpResponse<String> sendGrid(String body, KeyPair signer) throws Exception {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return karaf.request(karaf.emailUrl() + "/webhooks/sendgrid", "POST", bytes, Map.of(
                "Content-Type", "application/json",
                "X-Twilio-Email-Event-Webhook-Timestamp", ts,
                "X-Twilio-Email-Event-Webhook-Signature", ecdsa(signer, ts, bytes)));
    }

    private static String sendGridEvent(String email, String kind, String id, long timestamp, String extra) {
        return "{\"email\":\"" + email + "\",\"timestamp\":" + timestamp + ",\"event\":\"" + kind + "\",\"sg_event_id\":\""
                + id + "\",\"sg_message_id\":\"14c5d75ce93.dfd.64b469.filter0001\",\"category\":\"it\"" + extra + "}";
    }

    private static HttpResponse<String> mailchimp(String secret, String form) throws Exception {
        String url = karaf.emailUrl() + "/webhooks/mailchimp/" + secret;
        return form == null ? karaf.request(url, "GET", null, Map.of())
                : karaf.request(url, "POST", form.getBytes(StandardCharsets.UTF_8),
                        Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    private static String firedAt(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'+'HH'%3A'mm'%3A'ss").withZone(ZoneOffset.UTC).format(at);
    }

    private static String zendeskEvent(String id, String type, String detailExtra, String event) {
        String now = Instant.now().toString();
        return "{\"account_id\":22129848,\"id\":\"" + id + "\",\"type\":\"zen:event-type:" + type + "\",\"time\":\"" + now
                + "\",\"zendesk_event_version\":\"2022-11-06\",\"subject\":\"zen:ticket:35436\",\"detail\":{\"id\":\"35436\","
                + "\"requester_id\":\"8447388090494\",\"requester_email\":\"zd-person@example.com\",\"status\":\"OPEN\","
                + "\"subject\":\"Checkout times out\",\"via\":{\"channel\":\"web_form\"}," + detailExtra + "},\"event\":" + event + "}";
    }

    private static HttpResponse<String> zendesk(String body, String secret) throws Exception {
        String ts = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return karaf.request(karaf.supportUrl() + "/webhooks/zendesk", "POST", bytes, Map.of(
                "Content-Type", "application/json",
                "X-Zendesk-Webhook-Signature-Timestamp", ts,
                "X-Zendesk-Webhook-Signature", Base64.getEncoder().encodeToString(
                        hmac("HmacSHA256", secret, concat(ts.getBytes(StandardCharsets.UTF_8), bytes)))));
    }

    private static String intercomNotification(String topic, long createdAt, String itemExtra) {
        return "{\"type\":\"notification_event\",\"app_id\":\"ecahpwf5\",\"topic\":\"" + topic + "\",\"id\":\"notif_" + topic
                + "\",\"delivery_attempts\":1,\"first_sent_at\":" + createdAt + ",\"created_at\":" + createdAt
                + ",\"data\":{\"type\":\"notification_event_data\",\"item\":{\"type\":\"conversation\",\"id\":\"147000012345\","
                + "\"created_at\":" + createdAt + ",\"contacts\":{\"type\":\"contact.list\",\"contacts\":[{\"type\":\"contact\","
                + "\"id\":\"5ba682d23d7cf92bef87bfd4\",\"external_id\":\"ic-user-70\"}]}," + itemExtra + "}}}";
    }

    private static HttpResponse<String> intercom(String body, String secret) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return karaf.request(karaf.supportUrl() + "/webhooks/intercom", "POST", bytes, Map.of(
                "Content-Type", "application/json",
                "X-Hub-Signature", "sha1=" + HexFormat.of().formatHex(hmac("HmacSHA1", secret, bytes))));
    }

    // ---- helpers: reading the person back through the admin API

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return EventJson.mapper().readTree(r.body());
    }

    private static void awaitTimeline(String type, String value, int count) throws Exception {
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> {
            try {
                HttpResponse<String> r = karaf.admin("/api/v1/identifiers/" + type + "/" + value + "/timeline?limit=100");
                return r.statusCode() == 200 && json(r).path("count").asInt() >= count;
            } catch (Exception e) {
                return false;
            }
        }, count + " events on the timeline of " + type);
        // exactly: nothing more arrives after the expected ones
        assertThat(json(karaf.admin("/api/v1/identifiers/" + type + "/" + value + "/timeline?limit=100"))
                .path("count").asInt()).isEqualTo(count);
    }

    private static List<String> events(String type, String value) throws Exception {
        List<String> names = new ArrayList<>();
        json(karaf.admin("/api/v1/identifiers/" + type + "/" + value + "/timeline?limit=100")).path("events")
                .forEach(e -> names.add(e.path("event").asText()));
        return names;
    }

    private static boolean emailMarketingRefused(String email) {
        try {
            HttpResponse<String> r = karaf.admin("/api/v1/identifiers/email/" + email + "/consent");
            return r.statusCode() == 200 && json(r).at("/purposes/email_marketing/granted").isBoolean()
                    && !json(r).at("/purposes/email_marketing/granted").asBoolean();
        } catch (Exception e) {
            return false;
        }
    }
}
