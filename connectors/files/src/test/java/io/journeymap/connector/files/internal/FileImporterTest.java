package io.journeymap.connector.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.connector.ConnectorState;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.connector.common.rows.ChunkedImport;
import io.journeymap.connector.common.rows.DeadLetterFile;
import io.journeymap.connector.common.testing.RecordingIngest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three offline record types, from fixtures shaped like real exports, through the importer. */
class FileImporterTest {

    private static final Instant NOW = Instant.parse("2026-11-28T07:00:00Z");

    @TempDir
    Path drop;

    private final RecordingIngest ingest = new RecordingIngest();

    private ChunkedImport.Summary importFixture(String name) throws Exception {
        Path file = drop.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
            Files.copy(in, file);
        }
        FilesSettings settings = FilesSettings.of(FilesFixtures.config(drop.toString()));
        return new FileImporter(settings, ingest, new ConnectorActivity("files", "test", ConnectorState.RUNNING, Clock.fixed(NOW, ZoneOffset.UTC)),
                Clock.fixed(NOW, ZoneOffset.UTC)).importFile(file);
    }

    private List<String> deadLetters(String name) throws Exception {
        return Files.readAllLines(DeadLetterFile.errorsFileOf(drop.resolve(name)));
    }

    @Test
    void storeVisitsBecomeStoreVisitEventsWithEveryIdentifierAndBadRowsAreDeadLettered() throws Exception {
        ChunkedImport.Summary s = importFixture("store-visits-2026-11-27.csv");
        assertThat(s).isEqualTo(new ChunkedImport.Summary(5, 3, 0, 2, 0));
        TouchpointEvent anna = ingest.stored().get(0);
        assertThat(anna.event()).isEqualTo("Store Visit");
        assertThat(anna.timestamp()).isEqualTo(Instant.parse("2026-11-27T09:02:11Z")); // Berlin, UTC+1 in November
        assertThat(anna.userId()).isEqualTo("LC-0099812");
        assertThat(anna.identifiers()).containsExactlyInAnyOrder(Identifier.of(IdentifierType.USER_ID, "LC-0099812"),
                Identifier.of(IdentifierType.EMAIL, "anna.schmidt@example.de"),
                Identifier.of(IdentifierType.PHONE, "+49 30 1234567"));
        assertThat(anna.properties()).containsEntry("store_name", "Berlin Mitte").containsEntry("basket_value", "84.20")
                .containsEntry("source_line", 2L);
        assertThat(anna.context().channel()).isEqualTo("offline");
        assertThat(anna.source().key()).isEqualTo("files/store_visits");
        assertThat(ingest.stored().get(1).text()).isEqualTo("Asked about the \"Pro\" plan, will come back");
        assertThat(ingest.stored().get(2).text()).isEqualTo("Bought two units,\npaid by card");
        assertThat(ingest.stored().get(2).properties()).containsEntry("source_line", 6L);

        List<String> dead = deadLetters("store-visits-2026-11-27.csv");
        assertThat(dead.get(0)).contains("\"line\":4", "\"field\":\"visited_at\"", "\"rule\":\"timestamp-format\"");
        assertThat(dead.get(1)).contains("\"line\":5", "\"rule\":\"identifier-required\"");
    }

    @Test
    void callCentreLogsReadNestedFieldsKeepTheTranscriptAndNameEachBrokenRule() throws Exception {
        ChunkedImport.Summary s = importFixture("call-center-2026-11-27.jsonl");
        assertThat(s).isEqualTo(new ChunkedImport.Summary(5, 2, 0, 3, 0));
        TouchpointEvent call = ingest.stored().get(0);
        assertThat(call.event()).isEqualTo("Call Center Call");
        assertThat(call.timestamp()).isEqualTo(Instant.parse("2026-11-27T07:31:07Z"));
        assertThat(call.identifiers()).containsExactlyInAnyOrder(Identifier.of(IdentifierType.PHONE, "+14155550142"),
                Identifier.of(IdentifierType.EMAIL, "peter@initech.com"),
                Identifier.of(IdentifierType.SALESFORCE_CONTACT_ID, "0035e00000Bf3XkAAJ"));
        assertThat(call.properties()).containsEntry("duration_seconds", 312).containsEntry("queue", "billing");
        assertThat(call.text()).startsWith("Customer asked why the invoice doubled");
        List<String> dead = deadLetters("call-center-2026-11-27.jsonl");
        assertThat(dead).hasSize(3);
        assertThat(dead.get(0)).contains("\"line\":4", "\"field\":\"started_at\"", "\"rule\":\"timestamp-format\"");
        assertThat(dead.get(1)).contains("\"line\":5", "\"rule\":\"json-object\"");
        assertThat(dead.get(2)).contains("\"line\":6", "\"rule\":\"identifier-required\"");
    }

    @Test
    void eventAttendanceTakesOnlyCheckedInAttendeesWithATimeAndKeepsColumnNamesWithSpaces() throws Exception {
        ChunkedImport.Summary s = importFixture("event-attendance-webinar.csv");
        assertThat(s.appended()).isEqualTo(2);
        assertThat(ingest.stored().get(0).properties()).containsEntry("Event Name", "Journey Analytics Summit 2026")
                .containsEntry("Ticket Type", "General Admission");
        assertThat(ingest.stored().get(0).timestamp()).isEqualTo(Instant.parse("2026-11-20T14:12:44Z"));
        assertThat(deadLetters("event-attendance-webinar.csv").get(0)).contains("\"line\":4", "\"field\":\"Check-In Date\"",
                "\"rule\":\"required\"");
    }

    @Test
    void reimportingTheSameFileStoresNothingTwice() throws Exception {
        importFixture("store-visits-2026-11-27.csv");
        Files.delete(drop.resolve("store-visits-2026-11-27.csv"));
        ChunkedImport.Summary again = importFixture("store-visits-2026-11-27.csv");
        assertThat(again.appended()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(ingest.stored()).hasSize(3);
        assertThat(deadLetters("store-visits-2026-11-27.csv")).hasSize(2);
    }
}
