package io.journeymap.routes.internal.pipeline;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.identity.IdentityResolver;
import io.journeymap.api.timeline.TimelineEntry;
import io.journeymap.api.timeline.TimelineStore;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;

/**
 * Assigns each event of a batch to its profile and appends the batch to the timelines in one
 * transaction. Timeline appends are idempotent, so a redelivered batch changes nothing. Where the
 * source is Kafka with manual commit, the offset is committed only after the write.
 */
public class TimelineWriter implements Processor {

    /** Header: how many of the batch were new on the timelines. */
    public static final String ADDED = "JourneymapTimelineAdded";

    private final IdentityResolver identity;
    private final TimelineStore timelines;

    /**
     * @param identity  assigns profiles
     * @param timelines stores timelines
     */
    public TimelineWriter(IdentityResolver identity, TimelineStore timelines) {
        this.identity = identity;
        this.timelines = timelines;
    }

    @Override
    public void process(Exchange exchange) {
        List<TouchpointEvent> events = EventBatches.events(exchange.getMessage().getBody());
        List<TimelineEntry> entries = new ArrayList<>(events.size());
        for (TouchpointEvent e : events) {
            entries.add(new TimelineEntry(identity.resolveProfile(e), e));
        }
        exchange.getMessage().setHeader(ADDED, timelines.add(entries));
        KafkaManualCommit commit = exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class);
        if (commit != null) {
            commit.commit();
        }
    }
}
