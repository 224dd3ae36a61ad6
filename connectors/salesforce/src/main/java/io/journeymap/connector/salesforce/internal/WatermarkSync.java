package io.journeymap.connector.salesforce.internal;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.connector.common.CheckpointStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Brings one object up to date: one SOQL query from the stored watermark, read batch by batch through
 * {@code nextRecordsUrl}; each batch's events are ingested, and only when the ingest has completed
 * (durable) does the watermark move past the batch. A failure anywhere leaves the watermark after the
 * last durable batch, so the next run re-reads from there and passes over what was delivered: no loss,
 * no duplicate. Records that break a rule go to the dead letters and count as handled.
 */
final class WatermarkSync {

    /**
     * What one run did.
     *
     * @param pages       batches read
     * @param records     records read, including those passed over
     * @param events      events ingested
     * @param skipped     records that name no person
     * @param deadLetters records that broke a rule
     * @param passedOver  records already delivered before (the watermark's boundary)
     */
    record Result(int pages, int records, int events, int skipped, int deadLetters, int passedOver) {
    }

    private final QueryPages pages;
    private final SalesforceRecordMapper mapper;
    private final EventIngest ingest;
    private final CheckpointStore checkpoints;
    private final DeadLetterFile deadLetters;
    private final String instance;
    private final Instant backfillFrom;
    private final Duration commitLag;
    private final Duration ingestTimeout;
    private final Clock clock;

    WatermarkSync(QueryPages pages, EventIngest ingest, CheckpointStore checkpoints, DeadLetterFile deadLetters,
            String instance, Instant backfillFrom, Duration commitLag, Duration ingestTimeout, Clock clock) {
        this.pages = pages;
        this.mapper = new SalesforceRecordMapper(instance);
        this.ingest = ingest;
        this.checkpoints = checkpoints;
        this.deadLetters = deadLetters;
        this.instance = instance;
        this.backfillFrom = backfillFrom;
        this.commitLag = commitLag;
        this.ingestTimeout = ingestTimeout;
        this.clock = clock;
    }

    /** @return the checkpoint key of an object, e.g. {@code salesforce/acme/Lead} */
    String checkpointKey(SalesforceObject object) {
        return SalesforceRecordMapper.CONNECTOR + "/" + instance + "/" + object.apiName();
    }

    /** @return the object's stored watermark, or the backfill start */
    Watermark watermark(SalesforceObject object) {
        return checkpoints.get(checkpointKey(object)).map(Watermark::fromJson)
                .orElseGet(() -> Watermark.startingAt(backfillFrom));
    }

    /**
     * @param object the object to bring up to date
     * @return what the run did
     * @throws Exception when a call or the ingest failed; what was durable before stays checkpointed
     */
    Result sync(SalesforceObject object) throws Exception {
        Watermark mark = watermark(object);
        // Records are committed with the SystemModstamp of their transaction's start: reading only up
        // to now minus the commit lag keeps a long transaction from landing behind the watermark.
        Instant before = clock.instant().minus(commitLag);
        if (!before.isAfter(mark.modstamp())) {
            return new Result(0, 0, 0, 0, 0, 0);
        }
        QueryPage page = pages.query(SoqlQuery.incremental(object, mark.modstamp(), before));
        int pageCount = 0;
        int records = 0;
        int events = 0;
        int skipped = 0;
        int dead = 0;
        int passed = 0;
        while (true) {
            pageCount++;
            records += page.records().size();
            Watermark start = mark;
            Instant receivedAt = clock.instant();
            List<TouchpointEvent> batch = new ArrayList<>();
            List<SalesforceRecordMapper.DeadLetter> batchDead = new ArrayList<>();
            for (Map<String, Object> fields : page.records()) {
                if (fields == null) {
                    batchDead.add(new SalesforceRecordMapper.DeadLetter(object.apiName(), null, List.of(
                            Violation.of("records[]", "type:object", "a record must be a JSON object"))));
                    continue;
                }
                SalesforceRecord r = new SalesforceRecord(fields, new ArrayList<>());
                Instant modstamp = r.time("SystemModstamp");
                if (start.delivered(modstamp, r.id())) {
                    passed++;
                    continue;
                }
                SalesforceRecordMapper.Outcome outcome = mapper.map(object, fields, receivedAt);
                if (outcome instanceof SalesforceRecordMapper.Mapped m) {
                    batch.addAll(m.events());
                } else if (outcome instanceof SalesforceRecordMapper.DeadLetter d) {
                    batchDead.add(d);
                } else {
                    skipped++;
                }
                mark = mark.after(modstamp, r.id());
            }
            if (!batch.isEmpty()) {
                ingest.ingest(batch).toCompletableFuture().get(ingestTimeout.toMillis(), TimeUnit.MILLISECONDS);
                events += batch.size();
            }
            deadLetters.write(batchDead, receivedAt);
            dead += batchDead.size();
            if (!mark.equals(start)) {
                checkpoints.put(checkpointKey(object), mark.toJson());
            }
            if (page.done()) {
                return new Result(pageCount, records, events, skipped, dead, passed);
            }
            page = pages.queryMore(page.nextRecordsUrl());
        }
    }
}
