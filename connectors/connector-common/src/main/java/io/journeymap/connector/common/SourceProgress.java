package io.journeymap.connector.common;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a source connector has done since it started: events taken, records dead-lettered, and its
 * last checkpoint (a file moved to {@code .done/}, a committed offset, a pulled page). The checkpoint
 * itself lives where the source keeps it; this is the in-memory view a status service and the
 * {@code journeymap:connector-list} command read. Thread-safe.
 */
public final class SourceProgress {

    private final String connector;
    private final Clock clock;
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private volatile String lastCheckpoint;
    private volatile Instant lastCheckpointAt;

    /**
     * @param connector the connector, e.g. {@code files}
     * @param clock     the clock for checkpoint times
     */
    public SourceProgress(String connector, Clock clock) {
        this.connector = connector;
        this.clock = clock;
    }

    /**
     * @param taken        events made durable (new or already stored)
     * @param deadLettered records dead-lettered
     * @param checkpoint   the position reached, or null when it did not move
     */
    public void recorded(long taken, long deadLettered, String checkpoint) {
        events.addAndGet(taken);
        deadLetters.addAndGet(deadLettered);
        if (checkpoint != null) {
            lastCheckpoint = checkpoint;
            lastCheckpointAt = clock.instant();
        }
    }

    /** @return the connector's name */
    public String connector() {
        return connector;
    }

    /** @return events made durable since start */
    public long events() {
        return events.get();
    }

    /** @return records dead-lettered since start */
    public long deadLetters() {
        return deadLetters.get();
    }

    /** @return the last checkpoint and when it was reached, if any */
    public Optional<String> lastCheckpoint() {
        String c = lastCheckpoint;
        return c == null ? Optional.empty() : Optional.of(c + " at " + lastCheckpointAt);
    }
}
