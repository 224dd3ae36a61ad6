package io.journeymap.routes.internal.pipeline;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.identity.IdentityResolver;
import io.journeymap.api.journal.EventJournal;
import io.journeymap.api.timeline.TimelineEntry;
import io.journeymap.api.timeline.TimelineStore;
import io.journeymap.routes.internal.journal.JournalConstants;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;

/**
 * Assigns each event of a batch to its profile and appends the batch to the timelines in one
 * transaction. Timelines reference events in the journal's store: a batch read from the journal is
 * there already; one read from Kafka is stored first (idempotently, like every append). Timeline
 * appends are idempotent too, so a redelivered batch changes nothing. Where the source is Kafka
 * with manual commit, the offset is committed only after both writes.
 */
public class TimelineWriter implements Processor {

    /** Header: how many of the batch were new on the timelines. */
    public static final String ADDED = "JourneymapTimelineAdded";

    private final IdentityResolver identity;
    private final EventJournal journal;
    private final TimelineStore timelines;

    /**
     * @param identity  assigns profiles
     * @param journal   stores the events that did not come from it
     * @param timelines stores timelines
     */
    public TimelineWriter(IdentityResolver identity, EventJournal journal, TimelineStore timelines) {
        this.identity = identity;
        this.journal = journal;
        this.timelines = timelines;
    }

    @Override
    public void process(Exchange exchange) {
        List<TouchpointEvent> events = EventBatches.events(exchange.getMessage().getBody());
        if (exchange.getMessage().getHeader(JournalConstants.LAST_POSITION) == null) {
            journal.append(events).toCompletableFuture().join();
        }
        List<String> profiles = identity.resolve(events);
        List<TimelineEntry> entries = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            entries.add(new TimelineEntry(profiles.get(i), events.get(i)));
        }
        exchange.getMessage().setHeader(ADDED, timelines.add(entries));
        KafkaManualCommit commit = exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class);
        if (commit != null) {
            commit.commit();
        }
    }
}
