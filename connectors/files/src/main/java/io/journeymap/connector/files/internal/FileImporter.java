package io.journeymap.connector.files.internal;

import io.journeymap.api.ingest.EventIngest;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.connector.common.rows.ChunkedImport;
import io.journeymap.connector.common.rows.CsvRows;
import io.journeymap.connector.common.rows.DeadLetterFile;
import io.journeymap.connector.common.rows.IngestFailedException;
import io.journeymap.connector.common.rows.JsonLineRows;
import io.journeymap.connector.common.rows.SourceRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one dropped file by the first mapping whose pattern matches its name. Returns only once
 * every good row is durable and every bad one is in the dead-letter file, so the route may then move
 * the file to {@code .done/}; it throws (and the file stays to be read again) when a chunk was not stored.
 */
final class FileImporter {

    private static final Logger LOG = LoggerFactory.getLogger(FileImporter.class);

    private final FilesSettings settings;
    private final List<PathMatcher> matchers;
    private final EventIngest ingest;
    private final ConnectorActivity activity;
    private final Clock clock;

    FileImporter(FilesSettings settings, EventIngest ingest, ConnectorActivity activity, Clock clock) {
        this.settings = settings;
        this.matchers = settings.mappings().stream()
                .map(m -> FileSystems.getDefault().getPathMatcher("glob:" + m.pattern())).toList();
        this.ingest = ingest;
        this.activity = activity;
        this.clock = clock;
    }

    Optional<FileMapping> mappingFor(String fileName) {
        Path name = Path.of(fileName);
        for (int i = 0; i < matchers.size(); i++) {
            if (matchers.get(i).matches(name)) {
                return Optional.of(settings.mappings().get(i));
            }
        }
        return Optional.empty();
    }

    ChunkedImport.Summary importFile(Path file) throws IOException, IngestFailedException {
        String fileName = file.getFileName().toString();
        FileMapping mapping = mappingFor(fileName).orElseThrow(() ->
                new IOException("no mapping's pattern matches the file name"));
        FileRowMapper mapper = new FileRowMapper(mapping, fileName, clock.instant());
        // Malformed UTF-8 becomes U+FFFD in that row rather than failing the whole file.
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
                DeadLetterFile dead = new DeadLetterFile(file)) {
            Iterator<SourceRow> rows = mapping.format() == FileMapping.Format.CSV
                    ? new CsvRows(in, mapping.delimiter()) : new JsonLineRows(in);
            ChunkedImport.Summary s = ChunkedImport.run(rows, mapper::map, ingest, dead, settings.chunkSize(),
                    settings.ingestTimeout());
            activity.recorded(s.appended() + s.duplicates(), s.deadLettered(), ".done/" + fileName);
            LOG.info("route ingest-files-drop: {} read by mapping {}: {} rows, {} stored, {} already stored, {} dead-lettered{}",
                    fileName, mapping.name(), s.records(), s.appended(), s.duplicates(), s.deadLettered(),
                    s.deadLettered() > 0 ? " to " + dead.path() : "");
            return s;
        }
    }
}
