package io.journeymap.connector.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.connector.ConnectorState;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.connector.common.testing.RecordingIngest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop-folder route on a real Camel file consumer: a file moves to .done/ only once its rows are stored. */
class FilesRoutesTest {

    @TempDir
    Path drop;

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for " + what).isBefore(deadline);
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static long count(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        } catch (Exception e) {
            return 0;
        }
    }

    @Test
    void aDroppedFileIsStoredThenMovedToDoneAndAFailedIngestLeavesItToBeReadAgain() throws Exception {
        RecordingIngest ingest = new RecordingIngest();
        FilesSettings settings = FilesSettings.of(FilesFixtures.config(drop.toString()));
        FileImporter importer = new FileImporter(settings, ingest, new ConnectorActivity("files", "test", ConnectorState.RUNNING, Clock.systemUTC()),
                Clock.systemUTC());
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new FilesRoutes(settings, importer));
            camel.start();
            ingest.failing(true);
            Files.writeString(drop.resolve("event-attendance-1.csv"), "Email,Check-In Date\n"
                    + "a@example.com,2026-11-20 09:00:00\nb@example.com,2026-11-20 09:05:00\nc@example.com,2026-11-20 09:06:00\n");
            Files.writeString(drop.resolve("unrelated.txt"), "not for us");
            TimeUnit.MILLISECONDS.sleep(1500);
            // the journal is down: nothing stored, nothing moved
            assertThat(drop.resolve("event-attendance-1.csv")).exists();
            assertThat(ingest.stored()).isEmpty();

            ingest.failing(false);
            await(() -> count(drop.resolve(".done")) == 1, "the file in .done/");
            assertThat(ingest.stored()).hasSize(3);
            assertThat(drop.resolve("unrelated.txt")).exists();

            // dropped again (an operator's retry): read again, nothing stored twice, both copies kept in .done/
            Files.writeString(drop.resolve("event-attendance-1.csv"), "Email,Check-In Date\n"
                    + "a@example.com,2026-11-20 09:00:00\nb@example.com,2026-11-20 09:05:00\nc@example.com,2026-11-20 09:06:00\n");
            await(() -> count(drop.resolve(".done")) == 2, "the second copy in .done/");
            assertThat(ingest.stored()).hasSize(3);
            List<String> names = Files.list(drop.resolve(".done")).map(p -> p.getFileName().toString()).toList();
            assertThat(names).allMatch(n -> n.startsWith("event-attendance-1-") && n.endsWith(".csv"));
        }
    }
}
