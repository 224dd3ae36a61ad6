package io.journeymap.connector.common.testing;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.api.journal.AppendResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The write path as the journal behaves: (source, messageId) stored once, a repeat counted as a
 * duplicate. Shared by the connectors' tests through this module's test-jar.
 */
public final class RecordingIngest implements EventIngest {

    private final Map<String, TouchpointEvent> stored = new LinkedHashMap<>();
    private volatile boolean failing;

    @Override
    public synchronized CompletionStage<AppendResult> ingest(List<TouchpointEvent> events) {
        if (failing) {
            return CompletableFuture.failedFuture(new IllegalStateException("journal unavailable"));
        }
        int appended = 0;
        for (TouchpointEvent e : events) {
            if (stored.putIfAbsent(e.source().key() + "|" + e.messageId(), e) == null) {
                appended++;
            }
        }
        return CompletableFuture.completedFuture(new AppendResult(appended, events.size() - appended));
    }

    /** @return what was stored, in order */
    public synchronized List<TouchpointEvent> stored() {
        return new ArrayList<>(stored.values());
    }

    /** @param failing whether the next writes fail, as a journal that cannot commit */
    public void failing(boolean failing) {
        this.failing = failing;
    }
}
