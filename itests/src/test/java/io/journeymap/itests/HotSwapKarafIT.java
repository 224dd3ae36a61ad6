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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admins' promise: while events flow steadily through two connectors (SendGrid into the email
 * connector, Zendesk into the support connector), the email feature is uninstalled, the support
 * bundle is updated, and the email feature is installed again; afterwards every event the sources
 * sent is on its person's timeline exactly once. The senders behave as SendGrid and Zendesk do: a
 * delivery that is not answered 2xx (refused connection, 5xx) is sent again until it is.
 */
class HotSwapKarafIT {

    private static final String ZENDESK_SECRET = "it-zendesk-signing-secret-0123456789";
    private static final KeyPair SENDGRID = ecKeyPair();
    private static final int PEOPLE = 10;

    private static KarafAssembly karaf;

    @BeforeAll
    static void boot() throws Exception {
        karaf = KarafAssembly.fresh("hot-swap");
        karaf.setConfig("io.journeymap.connector.email", Map.of(
                "sendgrid.public.key", Base64.getEncoder().encodeToString(SENDGRID.getPublic().getEncoded())));
        karaf.setConfig("io.journeymap.connector.support", Map.of("zendesk.signing.secret", ZENDESK_SECRET));
        karaf.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    /** Sends one delivery after another, each until it is acknowledged, and remembers what was acknowledged. */
    private abstract static class Sender extends Thread {
        final Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger refused = new AtomicInteger();
        volatile Exception failure;

        abstract HttpResponse<String> deliver(int n, String email) throws Exception;

        abstract String messageId(int n);

        @Override
        public void run() {
            try {
                for (int n = 0; running.get(); n++) {
                    String email = "swap-" + getName() + "-" + (n % PEOPLE) + "@example.com";
                    while (true) {
                        HttpResponse<String> r = null;
                        try {
                            r = deliver(n, email);
                        } catch (java.io.IOException e) {
                            // connection refused while the feature is away: the sender retries
                        }
                        if (r != null && r.statusCode() == 200) {
                            break;
                        }
                        refused.incrementAndGet();
                        Thread.sleep(100);
                    }
                    acknowledged.computeIfAbsent(email, k -> ConcurrentHashMap.newKeySet()).add(messageId(n));
                    Thread.sleep(15);
                }
            } catch (Exception e) {
                failure = e;
            }
        }

        int total() {
            return acknowledged.values().stream().mapToInt(Set::size).sum();
        }
    }

    private static final class SendGridSender extends Sender {
        SendGridSender() {
            setName("sendgrid");
        }

        /** the connector's message id: the sender's name and its event id */
        @Override
        String messageId(int n) {
            return "sendgrid-" + eventId(n);
        }

        static String eventId(int n) {
            return "sg-swap-" + n;
        }

        @Override
        HttpResponse<String> deliver(int n, String email) throws Exception {
            String body = "[{\"email\":\"" + email + "\",\"timestamp\":" + Instant.now().getEpochSecond()
                    + ",\"event\":\"open\",\"sg_event_id\":\"" + eventId(n) + "\",\"sg_message_id\":\"swap." + n + "\"}]";
            String ts = String.valueOf(Instant.now().getEpochSecond());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return karaf.request(karaf.emailUrl() + "/webhooks/sendgrid", "POST", bytes, Map.of(
                    "Content-Type", "application/json",
                    "X-Twilio-Email-Event-Webhook-Timestamp", ts,
                    "X-Twilio-Email-Event-Webhook-Signature", ecdsa(SENDGRID, ts, bytes)));
        }
    }

    private static final class ZendeskSender extends Sender {
        ZendeskSender() {
            setName("zendesk");
        }

        @Override
        String messageId(int n) {
            return "zendesk-zd-swap-" + n;
        }

        @Override
        HttpResponse<String> deliver(int n, String email) throws Exception {
            String requester = String.valueOf(9_000_000 + Math.abs(email.hashCode() % 1_000_000));
            String body = "{\"account_id\":22129848,\"id\":\"zd-swap-" + n + "\",\"type\":\"zen:event-type:ticket.comment_added\","
                    + "\"time\":\"" + Instant.now() + "\",\"zendesk_event_version\":\"2022-11-06\",\"subject\":\"zen:ticket:" + n
                    + "\",\"detail\":{\"id\":\"" + n + "\",\"requester_id\":\"" + requester + "\",\"requester_email\":\"" + email
                    + "\",\"status\":\"OPEN\",\"subject\":\"Swap\"},\"event\":{\"comment\":{\"id\":\"" + n
                    + "\",\"body\":\"message " + n + "\",\"is_public\":true,\"author\":{\"id\":\"" + requester
                    + "\",\"is_staff\":false}}}}";
            String ts = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return karaf.request(karaf.supportUrl() + "/webhooks/zendesk", "POST", bytes, Map.of(
                    "Content-Type", "application/json",
                    "X-Zendesk-Webhook-Signature-Timestamp", ts,
                    "X-Zendesk-Webhook-Signature", Base64.getEncoder().encodeToString(
                            hmac("HmacSHA256", ZENDESK_SECRET, concat(ts.getBytes(StandardCharsets.UTF_8), bytes)))));
        }
    }

    @Test
    void uninstallingUpdatingAndReinstallingConnectorsUnderLoadLosesAndDuplicatesNothing() throws Exception {
        Sender sendGrid = new SendGridSender();
        Sender zendesk = new ZendeskSender();
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> answers(karaf.emailUrl()) && answers(karaf.supportUrl()),
                "both connectors to listen");
        sendGrid.start();
        zendesk.start();
        flowing(sendGrid, "SendGrid deliveries before the swap");
        flowing(zendesk, "Zendesk deliveries before the swap");

        String before = karaf.shell("bundle:list -t 0 -s | grep -i journeymap");
        assertThat(karaf.shell("feature:uninstall journeymap-connector-email")).doesNotContain("Error");
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> sendGrid.refused.get() > 0,
                "SendGrid deliveries to be refused while the email feature is away");
        flowing(zendesk, "Zendesk deliveries while the email feature is away");
        String supportBundle = bundleId(karaf.shell("bundle:list -t 0 -s | grep journeymap-connector-support"));
        assertThat(karaf.shell("bundle:update " + supportBundle)).doesNotContain("Error");
        flowing(zendesk, "Zendesk deliveries after the support bundle's update");
        assertThat(karaf.shell("feature:install journeymap-connector-email")).doesNotContain("Error");
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> answers(karaf.emailUrl()), "the email connector to listen again");
        flowing(sendGrid, "SendGrid deliveries after the email feature is back");

        sendGrid.running.set(false);
        zendesk.running.set(false);
        sendGrid.join(60_000);
        zendesk.join(60_000);
        assertThat(sendGrid.failure).isNull();
        assertThat(zendesk.failure).isNull();
        // the swap really interrupted both flows, and both went on afterwards
        assertThat(sendGrid.refused.get()).as("SendGrid deliveries refused while its feature was away").isPositive();
        assertThat(zendesk.refused.get()).as("Zendesk deliveries refused while its bundle was updated").isPositive();
        assertThat(sendGrid.total()).isGreaterThanOrEqualTo(60);
        assertThat(zendesk.total()).isGreaterThanOrEqualTo(120);

        for (Sender sender : List.of(sendGrid, zendesk)) {
            for (Map.Entry<String, Set<String>> person : sender.acknowledged.entrySet()) {
                awaitTimeline(person.getKey(), person.getValue());
            }
        }
        // (grep colours its match, so the names are checked without the matched part)
        assertThat(before).contains("-connector-email");
        assertThat(karaf.shell("bundle:list -t 0 -s | grep connector-email")).contains("Active");
    }

    /** Lets events flow: waits until the sender has had 30 more deliveries acknowledged. */
    private static void flowing(Sender sender, String what) throws InterruptedException {
        int from = sender.total();
        KarafAssembly.awaitTrue(Duration.ofSeconds(90), () -> sender.total() >= from + 30, what);
    }

    private static boolean answers(String base) {
        try {
            return karaf.request(base + "/webhooks/none", "GET", null, Map.of()).statusCode() > 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static String bundleId(String listLine) {
        Matcher m = Pattern.compile("^\\s*(\\d+)\\s*\\|", Pattern.MULTILINE).matcher(listLine);
        assertThat(m.find()).as("a bundle id in: " + listLine).isTrue();
        return m.group(1);
    }

    /** Every acknowledged event of the person is on their timeline, and nothing else: exactly once. */
    private static void awaitTimeline(String email, Set<String> expected) throws Exception {
        KarafAssembly.awaitTrue(Duration.ofSeconds(90), () -> messageIds(email).size() >= expected.size(),
                expected.size() + " events on the timeline of " + email);
        List<String> ids = messageIds(email);
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).isEqualTo(expected);
    }

    private static List<String> messageIds(String email) {
        try {
            HttpResponse<String> r = karaf.admin("/api/v1/identifiers/email/" + email + "/timeline?limit=1000");
            List<String> ids = new ArrayList<>();
            if (r.statusCode() == 200) {
                for (JsonNode e : EventJson.mapper().readTree(r.body()).path("events")) {
                    ids.add(e.path("messageId").asText());
                }
            }
            return ids;
        } catch (Exception e) {
            return List.of();
        }
    }
}
