package io.journeymap.connector.common.rows;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.api.journal.AppendResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Imports a stream of records through {@link EventIngest} in chunks: each chunk is written and its
 * durability awaited before the next is read, so memory stays bounded whatever the file's size and,
 * when this returns, every good record is durable and every bad one is in the dead-letter file.
 * The caller marks the input done only then.
 */
public final class ChunkedImport {

    /**
     * @param records      records read
     * @param appended     events newly stored
     * @param duplicates   events already stored (a re-read file)
     * @param deadLettered records written to the dead-letter file
     * @param skipped      records deliberately not imported
     */
    public record Summary(int records, int appended, int duplicates, int deadLettered, int skipped) {
    }

    private ChunkedImport() {
    }

    /**
     * @param rows      the records
     * @param mapper    maps one record
     * @param ingest    the write path
     * @param dead      where bad records go
     * @param chunkSize events per ingest call
     * @param timeout   the longest wait for one chunk to be durable
     * @return what happened
     * @throws IOException          when the dead-letter file cannot be written
     * @throws IngestFailedException when a chunk was not made durable; the caller leaves the input to be read again
     */
    public static Summary run(Iterator<SourceRow> rows, Function<SourceRow, RowOutcome> mapper, EventIngest ingest,
            DeadLetterFile dead, int chunkSize, Duration timeout) throws IOException, IngestFailedException {
        List<TouchpointEvent> chunk = new ArrayList<>(chunkSize);
        int records = 0;
        int skipped = 0;
        int[] written = new int[2];
        while (rows.hasNext()) {
            SourceRow row = rows.next();
            records++;
            if (row.malformed().isPresent()) {
                dead.write(row.line(), List.of(row.malformed().get()), row.raw());
                continue;
            }
            RowOutcome outcome = mapper.apply(row);
            if (!outcome.violations().isEmpty()) {
                dead.write(row.line(), outcome.violations(), row.raw());
            } else if (outcome.event() == null) {
                skipped++;
            } else {
                chunk.add(outcome.event());
                if (chunk.size() >= chunkSize) {
                    write(ingest, chunk, timeout, written);
                }
            }
        }
        if (!chunk.isEmpty()) {
            write(ingest, chunk, timeout, written);
        }
        return new Summary(records, written[0], written[1], dead.count(), skipped);
    }

    private static void write(EventIngest ingest, List<TouchpointEvent> chunk, Duration timeout, int[] written)
            throws IngestFailedException {
        try {
            AppendResult r = ingest.ingest(List.copyOf(chunk)).toCompletableFuture()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            written[0] += r.appended();
            written[1] += r.duplicates();
            chunk.clear();
        } catch (ExecutionException e) {
            throw new IngestFailedException("a chunk of " + chunk.size() + " events was not stored", e.getCause());
        } catch (TimeoutException e) {
            throw new IngestFailedException("a chunk of " + chunk.size() + " events was not durable within "
                    + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestFailedException("interrupted while a chunk was being stored", e);
        }
    }
}
