package io.journeymap.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.json.EventJson;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The files connector in the running assembly, with the column mappings the feature ships: store
 * visits (CSV), call-centre calls (JSON lines) and event attendance (CSV) dropped into its folder
 * from outside reach the right people's timelines exactly once; a bad row is dead-lettered with its
 * line and reason while the good rows flow; a re-dropped file stores nothing new; and a kill -9 in
 * the middle of a 20,000-row import, followed by a restart, leaves every row stored exactly once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FilesConnectorKarafIT {

    private static final int BULK_PEOPLE = 20;
    private static final int BULK_ROWS = 20_000;

    private static KarafAssembly karaf;
    private static Path drop;

    @BeforeAll
    static void boot() throws Exception {
        Path runs = Paths.get(System.getProperty("journeymap.karaf.runs", "target/karaf-runs"));
        drop = runs.resolve("files-drop-" + System.nanoTime()).toAbsolutePath();
        karaf = KarafAssembly.fresh("files-connector");
        // The shipped mappings stay; only the folder and the pace change.
        karaf.setConfig("io.journeymap.connector.files", Map.of("drop.dir", drop.toString(),
                "poll.interval.ms", "300", "readlock.min.age.ms", "300", "chunk.size", "500"));
        karaf.start();
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> Files.isDirectory(drop), "the connector to create " + drop);
    }

    @AfterAll
    static void shutdown() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    @Order(1)
    void storeVisitsCallsAndAttendanceReachTheirTimelinesOnceAndBadRowsAreDeadLetteredWithTheirLines() throws Exception {
        dropFile("store-visits-2026-11-27.csv", """
                visit_id,store_id,store_name,visited_at,loyalty_id,email,phone,basket_value,notes
                V-100231,S-014,Berlin Mitte,2026-11-27 10:02:11,LC-0099812,anna.schmidt@example.de,+49 30 1234567,84.20,
                V-100232,S-014,Berlin Mitte,2026-11-27 10:15:40,,jonas.weber@example.de,,0.00,"Asked about the ""Pro"" plan"
                V-100233,S-022,Hamburg Altona,27.11.2026 11:20,LC-0100345,,,12.50,
                V-100234,S-022,Hamburg Altona,2026-11-27 11:41:03,,,,,walk-in without loyalty card
                V-100235,S-022,Hamburg Altona,2026-11-27 12:05:59,LC-0099812,anna.schmidt@example.de,,230.00,"Bought two units,
                paid by card"
                """);
        dropFile("call-center-2026-11-27.jsonl", """
                {"call_id":"CA-7f3e21","started_at":"2026-11-27T08:31:07+01:00","caller":{"phone":"+14155550142","email":"peter@initech.com"},"crm_contact_id":"0035e00000Bf3XkAAJ","queue":"billing","duration_seconds":312,"disposition":"resolved","transcript":"Customer asked why the invoice doubled."}
                {"call_id":"CA-7f3e22","started_at":"2026-11-27T08:40:55+01:00","caller":{"phone":"+14155550199"},"queue":"sales","duration_seconds":95,"disposition":"callback"}
                {"call_id":"CA-7f3e24","caller":{"phone":"+14155550101"
                {"call_id":"CA-7f3e25","started_at":"2026-11-27T09:02:00+01:00","caller":{},"queue":"support","disposition":"abandoned"}
                {"call_id":"CA-7f3e26","started_at":"2026-11-27T10:00:00Z","caller":{"email":"anna.schmidt@example.de"},"queue":"sales","duration_seconds":61,"disposition":"sale"}
                """);
        dropFile("event-attendance-summit.csv", """
                Order #,Attendee #,First Name,Last Name,Email,Event Name,Ticket Type,Attendee Status,Check-In Date
                5201337001,8801,Maria,Garcia,maria.garcia@example.com,Journey Analytics Summit 2026,General Admission,Checked In,2026-11-20 09:12:44
                5201337002,8802,Anna,Schmidt,anna.schmidt@example.de,Journey Analytics Summit 2026,VIP,Checked In,2026-11-20 09:30:02
                5201337003,8803,Ravi,Patel,ravi.patel@example.com,Journey Analytics Summit 2026,General Admission,Attending,
                """);

        // Anna: two store visits (loyalty id and email), one call (email), one event check-in (email): one person.
        awaitTotal("email", "anna.schmidt@example.de", 4);
        awaitTotal("email", "jonas.weber@example.de", 1);
        awaitTotal("email", "peter@initech.com", 1);
        awaitTotal("phone", "+14155550199", 1);
        awaitTotal("email", "maria.garcia@example.com", 1);
        awaitDone("store-visits-2026-11-27", 1);
        awaitDone("call-center-2026-11-27", 1);
        awaitDone("event-attendance-summit", 1);

        List<JsonNode> anna = timeline("email", "anna.schmidt@example.de");
        assertThat(anna).extracting(e -> e.path("event").asText())
                .containsExactlyInAnyOrder("Store Visit", "Store Visit", "Call Center Call", "Event Attended");
        assertThat(distinctMessageIds(anna)).hasSize(4);
        assertThat(timeline("user_id", "LC-0099812")).hasSize(4);
        JsonNode basket = anna.stream().filter(e -> "V-100235".equals(e.path("properties").path("visit_id").asText()))
                .findFirst().orElseThrow();
        assertThat(basket.path("text").asText()).isEqualTo("Bought two units,\npaid by card");
        assertThat(basket.path("properties").path("source_line").asInt()).isEqualTo(6);
        assertThat(basket.path("context").path("channel").asText()).isEqualTo("offline");
        JsonNode peter = timeline("email", "peter@initech.com").get(0);
        assertThat(peter.path("event").asText()).isEqualTo("Call Center Call");
        assertThat(peter.path("properties").path("duration_seconds").asInt()).isEqualTo(312);
        assertThat(peter.path("text").asText()).isEqualTo("Customer asked why the invoice doubled.");
        assertThat(timeline("salesforce_contact_id", "0035e00000Bf3XkAAJ")).hasSize(1);
        // Ravi checked in without a time: not on any timeline
        assertThat(total("email", "ravi.patel@example.com")).isLessThanOrEqualTo(0);

        List<String> visitErrors = errors("store-visits-2026-11-27.csv");
        assertThat(visitErrors).hasSize(2);
        assertThat(visitErrors.get(0)).contains("\"line\":4", "\"field\":\"visited_at\"", "\"rule\":\"timestamp-format\"",
                "V-100233");
        assertThat(visitErrors.get(1)).contains("\"line\":5", "\"rule\":\"identifier-required\"", "V-100234");
        List<String> callErrors = errors("call-center-2026-11-27.jsonl");
        assertThat(callErrors).hasSize(2);
        assertThat(callErrors.get(0)).contains("\"line\":3", "\"rule\":\"json-object\"");
        assertThat(callErrors.get(1)).contains("\"line\":4", "\"rule\":\"identifier-required\"");
        List<String> eventErrors = errors("event-attendance-summit.csv");
        assertThat(eventErrors).singleElement().satisfies(line -> assertThat(line).contains("\"line\":4",
                "\"field\":\"Check-In Date\"", "\"rule\":\"required\""));
    }

    @Test
    @Order(2)
    void reDroppingTheSameFileStoresNothingNew() throws Exception {
        long before = total("email", "anna.schmidt@example.de");
        dropFile("store-visits-2026-11-27.csv", Files.readString(doneFiles("store-visits-2026-11-27").get(0)));
        awaitDone("store-visits-2026-11-27", 2);
        // A later file for the same person: once it is on the timeline, the re-drop before it has been through too.
        dropFile("store-visits-2026-11-28.csv", """
                visit_id,store_id,store_name,visited_at,loyalty_id,email,phone,basket_value,notes
                V-100300,S-014,Berlin Mitte,2026-11-28 09:00:00,LC-0099812,,,5.00,
                """);
        awaitTotal("email", "anna.schmidt@example.de", before + 1);

        assertThat(total("email", "anna.schmidt@example.de")).isEqualTo(before + 1);
        assertThat(distinctMessageIds(timeline("email", "anna.schmidt@example.de"))).hasSize((int) before + 1);
        assertThat(karaf.log()).contains("store-visits-2026-11-27.csv read by mapping store_visits: 5 rows, 0 stored, 3 already stored, 2 dead-lettered");
        // the errors file of the re-read lists each bad row once
        assertThat(errors("store-visits-2026-11-27.csv")).hasSize(2);

        // the shell shows the connector running, its last file and the dead-lettered rows as errors
        String row = karaf.shell("journeymap:connector-list").lines().filter(l -> l.startsWith("files ")).findFirst()
                .orElseThrow();
        assertThat(row).contains("RUNNING", ".done/store-visits-2026-11-28.csv", "record(s) dead-lettered");
    }

    @Test
    @Order(3)
    void aKill9InTheMiddleOfABigImportThenARestartLeavesEveryRowStoredExactlyOnce() throws Exception {
        String name = "store-visits-bulk.csv";
        Path tmp = drop.resolveSibling(drop.getFileName() + "-" + name);
        try (Writer w = Files.newBufferedWriter(tmp)) {
            w.write("visit_id,store_id,store_name,visited_at,loyalty_id,email,phone,basket_value,notes\n");
            for (int i = 0; i < BULK_ROWS; i++) {
                int person = i % BULK_PEOPLE;
                w.write("B-" + i + ",S-" + (i % 7) + ",Store " + (i % 7) + ",2026-11-" + (10 + i % 18) + " "
                        + String.format("%02d:%02d:%02d", i / 3600 % 24, i / 60 % 60, i % 60) + ",LC-BULK-" + person
                        + ",bulk" + person + "@example.com,," + (i % 100) + ".50,\n");
            }
        }
        Files.move(tmp, drop.resolve(name), StandardCopyOption.ATOMIC_MOVE);

        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> total("user_id", "LC-BULK-0") > 0,
                "the first rows of the big file on a timeline");
        long seenBeforeKill = 0;
        for (int p = 0; p < BULK_PEOPLE; p++) {
            seenBeforeKill += Math.max(0, total("user_id", "LC-BULK-" + p));
        }
        karaf.kill9();
        assertThat(drop.resolve(name)).as("killed before the import finished: the file is still in the drop folder")
                .exists();
        assertThat(seenBeforeKill).as("killed mid-import").isLessThan(BULK_ROWS);
        long restarted = System.nanoTime();
        karaf.start();

        int perPerson = BULK_ROWS / BULK_PEOPLE;
        for (int p = 0; p < BULK_PEOPLE; p++) {
            String person = "LC-BULK-" + p;
            KarafAssembly.awaitTrue(Duration.ofSeconds(120), () -> total("user_id", person) >= perPerson,
                    perPerson + " rows on the timeline of " + person);
        }
        long seconds = Math.max(1, Duration.ofNanos(System.nanoTime() - restarted).toSeconds());
        awaitDone("store-visits-bulk", 1);
        for (int p = 0; p < BULK_PEOPLE; p++) {
            List<JsonNode> events = timeline("user_id", "LC-BULK-" + p);
            assertThat(total("user_id", "LC-BULK-" + p)).as("exactly once").isEqualTo(perPerson);
            assertThat(distinctMessageIds(events)).hasSize(perPerson);
            Set<Integer> lines = new HashSet<>();
            events.forEach(e -> lines.add(e.path("properties").path("source_line").asInt()));
            assertThat(lines).hasSize(perPerson);
        }
        assertThat(Files.exists(drop.resolve(".errors").resolve(name + ".errors.jsonl"))).isFalse();
        System.out.printf("files connector: %d rows, %d on timelines before the kill, all stored within %d s of the restart%n",
                BULK_ROWS, seenBeforeKill, seconds);
    }

    /** Writes the file under a name the connector ignores, then renames it into the folder, as the README advises. */
    private static void dropFile(String name, String content) throws IOException {
        Path tmp = drop.resolve("." + name + ".part");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, drop.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<Path> doneFiles(String prefix) throws IOException {
        Path done = drop.resolve(".done");
        if (!Files.isDirectory(done)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(done)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix + "-")).sorted().toList();
        }
    }

    private static void awaitDone(String prefix, int count) throws InterruptedException {
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> {
            try {
                return doneFiles(prefix).size() >= count;
            } catch (IOException e) {
                return false;
            }
        }, count + " file(s) " + prefix + "* in .done/");
    }

    private static List<String> errors(String fileName) throws IOException {
        return Files.readAllLines(drop.resolve(".errors").resolve(fileName + ".errors.jsonl"));
    }

    private static String path(String type, String value) {
        return "/api/v1/identifiers/" + type + "/" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")
                + "/timeline";
    }

    static long total(String type, String value) {
        try {
            HttpResponse<String> r = karaf.admin(path(type, value) + "?limit=1");
            return r.statusCode() == 200 ? EventJson.mapper().readTree(r.body()).path("total").asLong() : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private static void awaitTotal(String type, String value, long expected) throws InterruptedException {
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> total(type, value) >= expected,
                expected + " event(s) on the timeline of " + type + " " + value);
        assertThat(total(type, value)).as("exactly %d on the timeline of %s", expected, type).isEqualTo(expected);
    }

    private static List<JsonNode> timeline(String type, String value) throws Exception {
        JsonNode events = EventJson.mapper().readTree(karaf.admin(path(type, value) + "?limit=1000").body()).path("events");
        return new ArrayList<>(StreamSupport.stream(events.spliterator(), false).toList());
    }

    private static Set<String> distinctMessageIds(List<JsonNode> events) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        events.forEach(e -> ids.merge(e.path("messageId").asText(), 1, Integer::sum));
        assertThat(ids.values()).as("no messageId twice").allMatch(n -> n == 1);
        return ids.keySet();
    }
}
