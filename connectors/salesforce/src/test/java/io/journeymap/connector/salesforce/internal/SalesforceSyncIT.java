package io.journeymap.connector.salesforce.internal;

import static io.journeymap.connector.salesforce.testing.SalesforceStandIn.Fault.CONCURRENT_LIMIT;
import static io.journeymap.connector.salesforce.testing.SalesforceStandIn.Fault.DAILY_LIMIT;
import static io.journeymap.connector.salesforce.testing.SalesforceStandIn.Fault.MALFORMED_QUERY;
import static io.journeymap.connector.salesforce.testing.SalesforceStandIn.Fault.PASS;
import static io.journeymap.connector.salesforce.testing.SalesforceStandIn.Fault.SERVER_ERROR;
import static io.journeymap.connector.salesforce.testing.SalesforceStandIn.Fault.SESSION_EXPIRED;
import static io.journeymap.connector.salesforce.testing.SalesforceStandIn.Fault.SLOW;
import static io.journeymap.connector.salesforce.testing.SalesforceStandIn.Fault.TOO_MANY_REQUESTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.connector.ConnectorState;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.connector.common.InMemoryCheckpointStore;
import io.journeymap.connector.salesforce.testing.SalesforceStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector's routes with the real camel-salesforce component against a local Salesforce stand-in:
 * OAuth refresh-token login, re-login on 401, retries with backoff on 429, 503 and 403
 * REQUEST_LIMIT_EXCEEDED and 500, paging by nextRecordsUrl, a malformed record dead-lettered, and a
 * restart resuming from the stored watermark with nothing lost and nothing offered twice.
 */
class SalesforceSyncIT {

    private static final Instant T0 = Instant.parse("2024-03-04T09:15:30.250Z");

    @TempDir
    Path data;

    /** Shared across the restarts of one test, as journeymap's store is across restarts of the connector. */
    private final InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
    private final ConnectorActivity activity = new ConnectorActivity("salesforce", "it", ConnectorState.RUNNING,
            Clock.systemUTC());

    private SalesforceStandIn salesforce;
    private CamelContext camel;
    private final RecordingIngest ingest = new RecordingIngest();

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        if (salesforce != null) {
            salesforce.close();
        }
    }

    @Test
    void backfillPagesThroughEveryObjectSurvivingEachErrorAndDeadLettersTheMalformedRecord() throws Exception {
        salesforce = SalesforceStandIn.start(3);
        for (int i = 1; i <= 4; i++) {
            salesforce.put("Lead", lead(i, i <= 2 ? T0 : T0.plusSeconds(i)));
        }
        Map<String, Object> malformed = lead(5, T0.plusSeconds(9));
        malformed.put("CreatedDate", "yesterday");
        salesforce.put("Lead", malformed);
        salesforce.put("Contact", record("003", 1, T0, Map.of("Email", "Ada@Example.com", "Phone", "(415) 555-0101",
                "HasOptedOutOfEmail", true)));
        salesforce.put("Opportunity", record("006", 1, T0, Map.of("ContactId", id("003", 1), "StageName", "Closed Won",
                "Amount", 1200.5, "LastStageChangeDate", SalesforceStandIn.time(T0))));
        salesforce.put("Task", record("00T", 1, T0, Map.of("WhoId", id("00Q", 1), "Subject", "Call back",
                "Description", "Very unhappy with the onboarding.", "IsClosed", true, "TaskSubtype", "Call")));
        salesforce.put("Event", record("00U", 1, T0, Map.of("WhoId", id("003", 1), "Subject", "Demo",
                "StartDateTime", SalesforceStandIn.time(T0.plusSeconds(3600)))));
        salesforce.put("Case", record("500", 1, T0, Map.of("ContactId", id("003", 1), "Subject", "Login broken",
                "Description", "I cannot log in since Monday.", "CaseNumber", "00001001")));
        salesforce.put("CampaignMember", record("00v", 1, T0, Map.of("LeadId", id("00Q", 2), "CampaignId",
                "701xx0000001", "Campaign.Name", "Spring Webinar", "Status", "Responded")));
        salesforce.failNext(SESSION_EXPIRED, CONCURRENT_LIMIT, SERVER_ERROR, TOO_MANY_REQUESTS, DAILY_LIMIT);

        camel = start(Map.of());
        // 4 leads x 2, contact 2, opportunity 2, task 2 (created, completed), event, case, campaign member
        await(() -> ingest.stored().size() == 17, "17 events");
        await(() -> salesforce.dataRequests().size() >= 15, "every object read");

        List<TouchpointEvent> events = ingest.stored();
        assertThat(events).extracting(TouchpointEvent::event).filteredOn(n -> n != null).containsOnly("Lead Created",
                "Contact Created", "Opportunity Created", "Opportunity Stage Changed", "Task Created", "Task Completed",
                "Event Logged", "Case Created", "Campaign Member Added");
        assertThat(ingest.duplicates()).isZero();
        assertThat(salesforce.logins()).as("the first login and the one after INVALID_SESSION_ID").isEqualTo(2);
        assertThat(salesforce.pendingFaults()).isZero();
        String deadLetters = Files.readString(data.resolve("journeymap/dead-letters/salesforce-it.jsonl"));
        assertThat(deadLetters.lines()).hasSize(1);
        assertThat(deadLetters).contains("\"id\":\"" + id("00Q", 5) + "\"", "\"field\":\"CreatedDate\"", "\"rule\":\"datetime\"");
        // the lead batches: 5 leads at 3 per batch is one query and one queryMore
        assertThat(salesforce.dataRequests()).anyMatch(r -> r.contains("/query/01gD"));
    }

    @Test
    void aRestartAfterAFailedBatchResumesAtTheWatermarkWithNothingLostOrOfferedTwice() throws Exception {
        salesforce = SalesforceStandIn.start(2);
        salesforce.put("Lead", lead(1, T0));
        // leads 2 and 3 share one SystemModstamp to the millisecond: the batch boundary falls between them
        salesforce.put("Lead", lead(2, T0.plusSeconds(5)));
        salesforce.put("Lead", lead(3, T0.plusSeconds(5)));
        salesforce.put("Lead", lead(4, T0.plusSeconds(6)));
        salesforce.put("Lead", lead(5, T0.plusSeconds(7)));
        // the first batch is served, then the queryMore fails on every try
        salesforce.failNext(PASS, SERVER_ERROR, SERVER_ERROR, SERVER_ERROR);
        camel = start(Map.of("objects", "Lead", "retry.max.attempts", "3",
                "poll.interval.seconds", "3600"));
        await(() -> salesforce.pendingFaults() == 0 && ingest.stored().size() == 4, "the first batch");
        Thread.sleep(300); // the failed cycle writes nothing more
        camel.stop();
        assertThat(ingest.stored()).hasSize(4);
        assertThat(Watermark.fromJson(checkpoints.get("salesforce/it/Lead").orElseThrow()))
                .isEqualTo(new Watermark(T0.plusSeconds(5), java.util.Set.of(id("00Q", 2))));

        camel = start(Map.of("objects", "Lead"));
        await(() -> ingest.stored().size() == 10, "all five leads");
        assertThat(ingest.duplicates()).as("nothing offered twice").isZero();
        assertThat(salesforce.dataRequests()).map(r -> java.net.URLDecoder.decode(r, java.nio.charset.StandardCharsets.UTF_8))
                .anyMatch(r -> r.contains("FROM Lead WHERE SystemModstamp >= 2024-03-04T09:15:35Z AND"));
        assertThat(ingest.stored()).extracting(e -> e.identifier(IdentifierType.SALESFORCE_LEAD_ID).orElseThrow())
                .containsOnly(id("00Q", 1), id("00Q", 2), id("00Q", 3), id("00Q", 4), id("00Q", 5));

        // an update is a new state of the person; the unchanged creation dedupes by its messageId
        Map<String, Object> optedOut = lead(1, T0.plusSeconds(60));
        optedOut.put("HasOptedOutOfEmail", true);
        salesforce.put("Lead", optedOut);
        await(() -> ingest.stored().size() == 11, "the update");
        TouchpointEvent update = ingest.stored().get(10);
        assertThat(update.traits()).containsEntry("HasOptedOutOfEmail", true);
        assertThat(ingest.duplicates()).isEqualTo(1);
    }

    @Test
    void nothingIsCheckpointedWhileTheJournalIsDownAndEverythingArrivesWhenItIsBack() throws Exception {
        salesforce = SalesforceStandIn.start(2);
        for (int i = 1; i <= 3; i++) {
            salesforce.put("Lead", lead(i, T0.plusSeconds(i)));
        }
        ingest.failing(true);
        camel = start(Map.of("objects", "Lead"));
        await(() -> salesforce.served() >= 2, "two polls");
        assertThat(checkpoints.get("salesforce/it/Lead")).isEmpty();
        assertThat(activity.state()).isEqualTo(ConnectorState.FAILING);
        assertThat(activity.lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("Lead sync: "));
        ingest.failing(false);
        await(() -> ingest.stored().size() == 6, "all three leads");
        assertThat(ingest.duplicates()).isZero();
    }

    @Test
    void aPermanentErrorIsNotRetried() throws Exception {
        salesforce = SalesforceStandIn.start(2);
        salesforce.put("Lead", lead(1, T0));
        salesforce.failNext(MALFORMED_QUERY);
        camel = start(Map.of("objects", "Lead",
                "poll.interval.seconds", "3600"));
        await(() -> salesforce.pendingFaults() == 0, "the failing call");
        Thread.sleep(300);
        assertThat(salesforce.dataRequests()).hasSize(1);
        assertThat(ingest.stored()).isEmpty();
        assertThat(activity.lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("Lead sync: HTTP 400"));
    }

    @Test
    void aCallThatTimesOutIsRetriedAndNothingIsLostOrStoredTwice() throws Exception {
        salesforce = SalesforceStandIn.start(2);
        for (int i = 1; i <= 3; i++) {
            salesforce.put("Lead", lead(i, T0.plusSeconds(i)));
        }
        salesforce.failNext(PASS, SLOW); // the first batch is served, its queryMore answers too late
        camel = start(Map.of("objects", "Lead", "http.timeout.seconds", "1"));
        await(() -> ingest.stored().size() == 6, "all three leads");
        assertThat(salesforce.pendingFaults()).isZero();
        assertThat(ingest.duplicates()).isZero();
        assertThat(salesforce.dataRequests()).as("the batch that timed out was asked for again")
                .filteredOn(r -> r.contains("/query/01gD")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aJwtBearerLoginSignedWithTheKeystoresKeyReadsTheRecords() throws Exception {
        // The connected app's key pair, made as an admin makes it (keytool ships with every JDK); the
        // stand-in holds the certificate's public key, as Salesforce holds the uploaded certificate.
        Path keystore = data.resolve("salesforce-jwt.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "salesforce", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=journeymap-it", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "it-keystore-pass").redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            ks.load(in, "it-keystore-pass".toCharArray());
        }
        salesforce = SalesforceStandIn.start(2);
        salesforce.acceptJwt(ks.getCertificate("salesforce").getPublicKey(), "integration@acme.example");
        salesforce.put("Lead", lead(1, T0));

        camel = start(Map.of("objects", "Lead", "auth.type", "jwt", "client.secret", "", "refresh.token", "",
                "jwt.username", "integration@acme.example", "jwt.keystore.path", keystore.toString(),
                "jwt.keystore.password", "it-keystore-pass", "jwt.keystore.type", "PKCS12"));

        await(() -> ingest.stored().size() == 2, "the lead's two events");
        assertThat(salesforce.jwtClaims()).first().satisfies(claims -> {
            assertThat(claims).containsEntry("iss", SalesforceStandIn.CLIENT_ID)
                    .containsEntry("sub", "integration@acme.example");
            assertThat(String.valueOf(claims.get("aud"))).isEqualTo(salesforce.url());
        });
    }

    private CamelContext start(Map<String, String> overrides) throws Exception {
        Map<String, Object> cfg = new HashMap<>(Map.of("instance", "it", "login.url", salesforce.url(),
                "client.id", SalesforceStandIn.CLIENT_ID, "client.secret", SalesforceStandIn.CLIENT_SECRET,
                "refresh.token", SalesforceStandIn.REFRESH_TOKEN, "poll.interval.seconds", "1", "poll.lag.seconds", "0",
                "retry.initial.delay.ms", "10", "retry.max.delay.ms", "50"));
        cfg.put("retry.max.attempts", "6");
        cfg.putAll(overrides);
        SalesforceSettings settings = SalesforceSettings.of(TestConfigs.config(cfg), data);
        DefaultCamelContext context = new DefaultCamelContext();
        context.addComponent("salesforce", SalesforceComponents.create(settings));
        context.addRoutes(SalesforceConnector.routes(settings, ingest, checkpoints, activity, Clock.systemUTC()));
        context.start();
        return context;
    }

    static Map<String, Object> lead(int n, Instant modstamp) {
        return record("00Q", n, modstamp, Map.of("Email", "lead" + n + "@example.com", "FirstName", "Lead",
                "LastName", "Number" + n, "Company", "Acme", "Status", "Open - Not Contacted",
                "HasOptedOutOfEmail", false));
    }

    static Map<String, Object> record(String prefix, int n, Instant modstamp, Map<String, Object> fields) {
        Map<String, Object> r = new HashMap<>(fields);
        r.put("Id", id(prefix, n));
        r.put("SystemModstamp", SalesforceStandIn.time(modstamp));
        r.put("LastModifiedDate", SalesforceStandIn.time(modstamp));
        r.putIfAbsent("CreatedDate", SalesforceStandIn.time(T0.minusSeconds(86_400)));
        return r;
    }

    static String id(String prefix, int n) {
        return SalesforceStandIn.id(prefix, n);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("waited for %s", what).isTrue();
    }
}
