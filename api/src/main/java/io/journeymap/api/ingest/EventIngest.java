package io.journeymap.api.ingest;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.journal.AppendResult;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Takes valid events into journeymap: the one write path every connector uses. The returned stage
 * completes once the events are durable (journal committed, or Kafka acknowledged with acks=all),
 * so a connector acknowledges its source only then.
 */
public interface EventIngest {

    /**
     * @param events valid canonical events, in order
     * @return completes when they are durable; in Kafka mode {@code duplicates} is always 0 because
     *     deduplication happens downstream, when the timeline is written
     */
    CompletionStage<AppendResult> ingest(List<TouchpointEvent> events);
}
