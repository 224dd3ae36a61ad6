package io.journeymap.itests;

import static io.journeymap.itests.KarafAssembly.WRITE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.json.EventJson;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Data-subject requests in cluster mode, on a real Kafka broker and a real PostgreSQL: the export
 * holds everything a scan of every table finds about a person; after the erasure the scan finds
 * nothing, the person's records on the topic can no longer be decrypted by anyone (their key is
 * gone) while another person's still can, an erased identifier that comes back starts a fresh
 * profile, and a suppressed one is dropped at ingest.
 */
class PrivacyClusterKarafIT {

    private static final List<String> ERIN = List.of("erin-user", "erin-anon", "erin@example.com",
            "the checkout broke again");
    private static final List<String> CARL = List.of("carl-user", "carl@example.com", "carl likes the product");

    @Test
    void erasureLeavesNoResidueInTheStoreOrReadableOnTheTopic() throws Exception {
        Path runs = Paths.get(System.getProperty("journeymap.karaf.runs", "target/karaf-runs"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                KafkaBroker kafka = KafkaBroker.start(runs.resolve("kafka-privacy-" + System.nanoTime()));
                KarafAssembly karaf = KarafAssembly.fresh("privacy-cluster")) {
            String jdbc = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            karaf.setConfig("io.journeymap.journey", Map.of("jdbc.url", jdbc, "jdbc.user", "postgres",
                    "jdbc.password", "postgres"));
            karaf.setConfig("io.journeymap.routes", Map.of("events.uri", "kafka:journeymap.events?brokers="
                    + kafka.bootstrap() + "&groupId=journeymap-pipeline&autoOffsetReset=earliest&autoCommitEnable=false"
                    + "&allowManualCommit=true&breakOnFirstError=true&requestRequiredAcks=all"));
            karaf.start();

            post(karaf, "/v1/identify", "{\"anonymousId\":\"erin-anon\",\"userId\":\"erin-user\","
                    + "\"traits\":{\"email\":\"Erin@Example.com\",\"firstName\":\"Erin\"}}");
            post(karaf, "/v1/track", "{\"userId\":\"erin-user\",\"event\":\"Support Chat\","
                    + "\"text\":\"the checkout broke again\"}");
            post(karaf, "/v1/track", "{\"anonymousId\":\"erin-anon\",\"event\":\"Viewed Pricing\"}");
            post(karaf, "/v1/identify", "{\"userId\":\"carl-user\",\"traits\":{\"email\":\"carl@example.com\"}}");
            post(karaf, "/v1/track", "{\"userId\":\"carl-user\",\"event\":\"Review\",\"text\":\"carl likes the product\"}");
            KarafAssembly.awaitTrue(Duration.ofSeconds(90), () -> total(karaf, "email", "erin@example.com") == 3,
                    "erin's three events");
            KarafAssembly.awaitTrue(Duration.ofSeconds(90), () -> total(karaf, "user_id", "carl-user") == 2,
                    "carl's two events");
            assertThat(karaf.adminPost("/api/v1/consent", "{\"identifiers\":[{\"type\":\"email\",\"value\":"
                    + "\"erin@example.com\"}],\"source\":\"cmp\",\"changes\":[{\"purpose\":\"email_marketing\","
                    + "\"action\":\"granted\",\"timestamp\":\"2026-11-28T09:00:00Z\"}]}").statusCode()).isEqualTo(201);
            String oldProfile = EventJson.mapper().readTree(karaf.admin("/api/v1/identifiers/user_id/erin-user/profile")
                    .body()).path("profileId").asText();

            // the export holds everything a scan of every table finds
            List<String> before = scan(jdbc, ERIN);
            assertThat(before).containsExactlyInAnyOrderElementsOf(ERIN);
            HttpResponse<String> export = karaf.adminPost("/api/v1/privacy/export",
                    "{\"identifier\":{\"type\":\"email\",\"value\":\"ERIN@example.com\"}}");
            assertThat(export.statusCode()).isEqualTo(200);
            String exported = export.body().toLowerCase(Locale.ROOT);
            for (String value : before) {
                assertThat(exported).contains(value.toLowerCase(Locale.ROOT));
            }
            assertThat(exported).contains(oldProfile.toLowerCase(Locale.ROOT)).doesNotContain("carl");
            JsonNode doc = EventJson.mapper().readTree(export.body());
            assertThat(doc.at("/journey/events")).hasSize(3);
            assertThat(doc.at("/consent/ledger")).hasSize(1);

            HttpResponse<String> erased = karaf.adminPost("/api/v1/privacy/erase",
                    "{\"identifier\":{\"type\":\"user_id\",\"value\":\"erin-user\"}}");
            assertThat(erased.statusCode()).isEqualTo(200);
            assertThat(erased.body()).doesNotContain("erin");
            JsonNode report = EventJson.mapper().readTree(erased.body());
            assertThat(report.path("profiles").asInt()).isEqualTo(1);
            assertThat(report.at("/erased/consent.subject_key").asLong()).isEqualTo(2);

            assertThat(scan(jdbc, ERIN)).isEmpty();
            assertThat(scan(jdbc, CARL)).containsExactlyInAnyOrderElementsOf(CARL);

            // the topic: nothing in the clear; erin's records undecryptable, carl's still readable
            List<ConsumerRecord<String, String>> records = TopicReader.readAll(kafka.bootstrap(), "journeymap.events", 5);
            assertThat(records).hasSize(5);
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
                List<String> erinKeys = List.of(keyId(c, "user_id:erin-user"), keyId(c, "anonymous_id:erin-anon"));
                int erinRecords = 0;
                int carlRecords = 0;
                for (ConsumerRecord<String, String> r : records) {
                    for (String needle : concat(ERIN, CARL)) {
                        assertThat(r.key() + r.value()).doesNotContainIgnoringCase(needle);
                    }
                    String opened = decrypt(c, r.value());
                    if (erinKeys.contains(r.key())) {
                        erinRecords++;
                        assertThat(opened).as("an erased person's record").isNull();
                    } else {
                        carlRecords++;
                        assertThat(opened).contains("carl-user");
                    }
                }
                assertThat(erinRecords).isEqualTo(3);
                assertThat(carlRecords).isEqualTo(2);
            }

            // erin comes back: a fresh profile with no link to the past
            post(karaf, "/v1/track", "{\"userId\":\"erin-user\",\"event\":\"Returned\"}");
            KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> total(karaf, "user_id", "erin-user") == 1, "fresh erin");
            JsonNode fresh = EventJson.mapper().readTree(karaf.admin("/api/v1/identifiers/user_id/erin-user/profile").body());
            assertThat(fresh.path("profileId").asText()).isNotEqualTo(oldProfile);
            assertThat(fresh.path("identifiers")).hasSize(1);
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
                String erinKey = keyId(c, "user_id:erin-user");
                List<ConsumerRecord<String, String>> again = TopicReader.readAll(kafka.bootstrap(), "journeymap.events", 6);
                int readable = 0;
                for (ConsumerRecord<String, String> r : again) {
                    if (r.key().equals(erinKey) && decrypt(c, r.value()) != null) {
                        readable++;
                    }
                }
                // only the event she sent after the erasure, under her new key's generation
                assertThat(readable).isEqualTo(1);
            }
            assertThat(karaf.admin("/api/v1/identifiers/email/erin@example.com/profile").statusCode()).isEqualTo(404);

            // carl asks to be erased and suppressed: his next event is dropped at ingest
            assertThat(karaf.adminPost("/api/v1/privacy/erase", "{\"identifier\":{\"type\":\"email\","
                    + "\"value\":\"carl@example.com\"},\"suppress\":true}").statusCode()).isEqualTo(200);
            post(karaf, "/v1/track", "{\"userId\":\"carl-user\",\"event\":\"Back Again\"}");
            post(karaf, "/v1/track", "{\"userId\":\"marker\",\"event\":\"Marker\"}");
            KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> total(karaf, "user_id", "marker") == 1, "the marker");
            assertThat(karaf.admin("/api/v1/identifiers/user_id/carl-user/profile").statusCode()).isEqualTo(404);
            assertThat(karaf.admin("/api/v1/consent/audit?point=INGEST&purpose=analytics").body())
                    .contains("suppressed after erasure");
            assertThat(karaf.log()).doesNotContain("erin@example.com").doesNotContain("carl@example.com")
                    .doesNotContain("the checkout broke");
        }
    }

    private static void post(KarafAssembly karaf, String path, String json) throws Exception {
        assertThat(karaf.post(path, json, WRITE_KEY).statusCode()).isEqualTo(200);
    }

    private static long total(KarafAssembly karaf, String type, String value) {
        try {
            HttpResponse<String> r = karaf.admin("/api/v1/identifiers/" + type + "/" + value + "/timeline");
            return r.statusCode() != 200 ? 0 : EventJson.mapper().readTree(r.body()).path("total").asLong();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Every value of every row of every table in the store, searched case-insensitively. */
    private static List<String> scan(String jdbc, List<String> needles) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("journal_event", "timeline_event", "identity_link", "consent_ledger");
            for (String table : tables) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String v = String.valueOf(rs.getObject(i)).toLowerCase(Locale.ROOT);
                            for (String n : needles) {
                                if (v.contains(n.toLowerCase(Locale.ROOT)) && !found.contains(n)) {
                                    found.add(n);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The record key the product gives a person's (type:value) partition identifier: HMAC-SHA256 under the installation's key. */
    private static String keyId(Connection c, String partitionKey) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM consent_secret WHERE name = 'subject-hash-key'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(rs.getString(1)), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("partition:" + partitionKey).getBytes(StandardCharsets.UTF_8)),
                    0, 16);
        }
    }

    /** Decrypts a sealed record with whatever key the store still holds; null when there is none. */
    private static String decrypt(Connection c, String record) throws Exception {
        JsonNode n = EventJson.mapper().readTree(record);
        try (PreparedStatement ps = c.prepareStatement("SELECT secret, generation FROM subject_key WHERE key_id = ?")) {
            ps.setString(1, n.path("k").asText());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !rs.getString(2).equals(n.path("g").asText())) {
                    return null;
                }
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(rs.getString(1)), "AES"),
                        new GCMParameterSpec(128, Base64.getDecoder().decode(n.path("iv").asText())));
                cipher.updateAAD((n.path("k").asText() + "/" + n.path("g").asText()).getBytes(StandardCharsets.UTF_8));
                return new String(cipher.doFinal(Base64.getDecoder().decode(n.path("ct").asText())),
                        StandardCharsets.UTF_8);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
