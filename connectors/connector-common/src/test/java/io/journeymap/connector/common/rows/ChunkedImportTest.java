package io.journeymap.connector.common.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.api.journal.AppendResult;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkedImportTest {

    @TempDir
    Path dir;

    /** Stores (source, messageId) once, as the journal does; remembers each call's size. */
    static final class Journal implements EventIngest {
        final Set<String> stored = new HashSet<>();
        final List<Integer> calls = new ArrayList<>();
        boolean failing;

        @Override
        public synchronized CompletionStage<AppendResult> ingest(List<TouchpointEvent> events) {
            if (failing) {
                return CompletableFuture.failedFuture(new IllegalStateException("journal down"));
            }
            calls.add(events.size());
            int n = 0;
            for (TouchpointEvent e : events) {
                n += stored.add(e.source().key() + "|" + e.messageId()) ? 1 : 0;
            }
            return CompletableFuture.completedFuture(new AppendResult(n, events.size() - n));
        }
    }

    private static final Function<SourceRow, RowOutcome> MAPPER = row -> {
        String email = row.text("email");
        if (email == null) {
            return RowOutcome.rejected(List.of(Violation.of("email", "required", "email is required")));
        }
        return RowOutcome.of(new TouchpointEvent(RowMessageIds.of("t", "f.jsonl", row.line(), row.raw()), EventType.TRACK,
                "Store Visit", null, null, null, Instant.EPOCH, Instant.EPOCH, null, null, null, null,
                List.of(Identifier.of(IdentifierType.EMAIL, email)), null, null, new EventSource("files", "t")));
    };

    private static String lines(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 3 ? "{\"store\":1}" : i == 5 ? "not json" : "{\"email\":\"p" + i + "@example.com\"}").append('\n');
        }
        return s.toString();
    }

    @Test
    void goodRecordsAreWrittenInChunksAndBadOnesAreDeadLetteredWithLineAndRule() throws Exception {
        Journal journal = new Journal();
        Path input = dir.resolve("visits.jsonl");
        ChunkedImport.Summary s;
        try (DeadLetterFile dead = new DeadLetterFile(input)) {
            s = ChunkedImport.run(new JsonLineRows(new BufferedReader(new StringReader(lines(25)))), MAPPER, journal,
                    dead, 10, Duration.ofSeconds(5));
        }
        assertThat(s).isEqualTo(new ChunkedImport.Summary(25, 23, 0, 2, 0));
        assertThat(journal.calls).containsExactly(10, 10, 3);
        List<String> errors = Files.readAllLines(dir.resolve(".errors/visits.jsonl.errors.jsonl"));
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).contains("\"line\":4", "\"field\":\"email\"", "\"rule\":\"required\"");
        assertThat(errors.get(1)).contains("\"line\":6", "\"rule\":\"json-object\"", "\"record\":\"not json\"");
    }

    @Test
    void readingTheSameFileAgainStoresNothingNewAndListsEachErrorOnce() throws Exception {
        Journal journal = new Journal();
        Path input = dir.resolve("visits.jsonl");
        for (int round = 0; round < 2; round++) {
            try (DeadLetterFile dead = new DeadLetterFile(input)) {
                ChunkedImport.Summary s = ChunkedImport.run(new JsonLineRows(new BufferedReader(new StringReader(lines(8)))),
                        MAPPER, journal, dead, 1000, Duration.ofSeconds(5));
                assertThat(s.appended()).isEqualTo(round == 0 ? 6 : 0);
                assertThat(s.duplicates()).isEqualTo(round == 0 ? 0 : 6);
            }
        }
        assertThat(Files.readAllLines(DeadLetterFile.errorsFileOf(input))).hasSize(2);
    }

    @Test
    void aChunkThatIsNotStoredFailsTheImportSoTheFileIsReadAgain() throws Exception {
        Journal journal = new Journal();
        journal.failing = true;
        try (DeadLetterFile dead = new DeadLetterFile(dir.resolve("x.jsonl"))) {
            assertThatThrownBy(() -> ChunkedImport.run(new JsonLineRows(new BufferedReader(new StringReader(lines(3)))),
                    MAPPER, journal, dead, 10, Duration.ofSeconds(5))).isInstanceOf(IngestFailedException.class)
                    .hasMessageNotContaining("@example.com");
        }
    }

    @Test
    void aFileWithoutErrorsLeavesNoErrorsFile() throws Exception {
        Path input = dir.resolve("clean.jsonl");
        try (DeadLetterFile dead = new DeadLetterFile(input)) {
            ChunkedImport.run(new JsonLineRows(new BufferedReader(new StringReader("{\"email\":\"a@b.c\"}\n"))), MAPPER,
                    new Journal(), dead, 10, Duration.ofSeconds(5));
        }
        assertThat(DeadLetterFile.errorsFileOf(input)).doesNotExist();
    }
}
