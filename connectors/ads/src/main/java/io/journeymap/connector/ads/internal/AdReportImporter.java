package io.journeymap.connector.ads.internal;

import io.journeymap.api.ingest.EventIngest;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.connector.common.rows.ChunkedImport;
import io.journeymap.connector.common.rows.CsvRows;
import io.journeymap.connector.common.rows.DeadLetterFile;
import io.journeymap.connector.common.rows.IngestFailedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Imports one dropped report file; returns only when every good row is durable and every bad one dead-lettered. */
final class AdReportImporter {

    private static final Logger LOG = LoggerFactory.getLogger(AdReportImporter.class);

    private final AdsSettings settings;
    private final EventIngest ingest;
    private final ConnectorActivity activity;
    private final Clock clock;

    AdReportImporter(AdsSettings settings, EventIngest ingest, ConnectorActivity activity, Clock clock) {
        this.settings = settings;
        this.ingest = ingest;
        this.activity = activity;
        this.clock = clock;
    }

    ChunkedImport.Summary importFile(Path file) throws IOException, IngestFailedException {
        String name = file.getFileName().toString();
        AdReport report = AdReport.forFile(name).orElseThrow(() -> new IOException("not an ads report file name"));
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
                DeadLetterFile dead = new DeadLetterFile(file)) {
            CsvRows csv = new CsvRows(in, ',');
            ChunkedImport.Summary s = ChunkedImport.run(csv, report.mapper(csv, settings, clock.instant())::map, ingest,
                    dead, settings.chunkSize(), settings.ingestTimeout());
            activity.recorded(s.appended() + s.duplicates(), s.deadLettered(), ".done/" + name);
            LOG.info("route ingest-ads-drop: {} ({}): {} rows, {} stored, {} already stored, {} dead-lettered", name,
                    report.instance(), s.records(), s.appended(), s.duplicates(), s.deadLettered());
            return s;
        }
    }
}
