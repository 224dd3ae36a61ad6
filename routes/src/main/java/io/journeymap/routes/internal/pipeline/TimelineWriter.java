package io.journeymap.routes.internal.pipeline;

import io.journeymap.api.consent.Admission;
import io.journeymap.api.consent.ConsentService;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.identity.IdentityResolver;
import io.journeymap.api.journal.EventJournal;
import io.journeymap.api.privacy.EventSealer;
import io.journeymap.api.scoring.TouchpointScoring;
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
 * Passes a batch through the consent gate, assigns each admitted event to its profile and appends
 * them to the timelines in one transaction. The gate runs before identity: an event whose person
 * does not permit analytics never reaches the graph; it is removed from the journal and kept only
 * as an anonymous count (or not at all, per policy). Timelines reference events in the journal's store: a batch read from the journal is
 * there already; one read from Kafka is stored first (idempotently, like every append). Timeline
 * appends are idempotent too, so a redelivered batch changes nothing. Where the source is Kafka
 * with manual commit, the offset is committed only after both writes. The stored touchpoints are
 * scored (when the scoring feature is installed) before the batch is acknowledged.
 */
public class TimelineWriter implements Processor {

    /** Header: how many of the batch were new on the timelines. */
    public static final String ADDED = "JourneymapTimelineAdded";

    /** Header: how many new scores the batch gave. */
    public static final String SCORED = "JourneymapScored";

    /** Header: how many of the batch the consent gate withheld. */
    public static final String WITHHELD = "JourneymapConsentWithheld";

    private final ConsentService consent;
    private final EventSealer sealer;
    private final IdentityResolver identity;
    private final EventJournal journal;
    private final TimelineStore timelines;
    private final TouchpointScoring scoring;

    /**
     * @param consent   the ingest gate
     * @param sealer    opens records sealed for Kafka; those of erased people stay closed and are skipped
     * @param identity  assigns profiles
     * @param journal   stores the events that did not come from it
     * @param timelines stores timelines
     * @param scoring   scores the stored touchpoints before the batch is acknowledged (idempotent)
     */
    public TimelineWriter(ConsentService consent, EventSealer sealer, IdentityResolver identity,
            EventJournal journal, TimelineStore timelines, TouchpointScoring scoring) {
        this.consent = consent;
        this.sealer = sealer;
        this.identity = identity;
        this.journal = journal;
        this.timelines = timelines;
        this.scoring = scoring;
    }

    @Override
    public void process(Exchange exchange) {
        List<TouchpointEvent> events = EventBatches.events(exchange.getMessage().getBody(), sealer);
        if (exchange.getMessage().getHeader(JournalConstants.LAST_POSITION) == null) {
            journal.append(events).toCompletableFuture().join();
        }
        // a redelivered batch (a checkpoint not yet stored) holds the stubs of events already
        // anonymised: they were counted and must not be judged again
        events.removeIf(EventJournal::isAnonymisedStub);
        List<Admission> admissions = consent.admit(events);
        List<TouchpointEvent> kept = new ArrayList<>(events.size());
        List<TouchpointEvent> anonymised = new ArrayList<>();
        List<TouchpointEvent> dropped = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            switch (admissions.get(i).outcome()) {
                case KEEP -> kept.add(events.get(i));
                case ANONYMISE -> anonymised.add(events.get(i));
                case DROP -> dropped.add(events.get(i));
            }
        }
        journal.discard(anonymised, true);
        journal.discard(dropped, false);
        exchange.getMessage().setHeader(WITHHELD, anonymised.size() + dropped.size());
        List<String> profiles = identity.resolve(kept);
        List<TimelineEntry> entries = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            entries.add(new TimelineEntry(profiles.get(i), kept.get(i)));
        }
        exchange.getMessage().setHeader(ADDED, timelines.add(entries));
        // every entry, the redelivered ones too: scores are idempotent, and a crash between the
        // timeline write and the scores must not leave a touchpoint unscored
        exchange.getMessage().setHeader(SCORED, scoring.scoreArrived(entries));
        KafkaManualCommit commit = exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class);
        if (commit != null) {
            commit.commit();
        }
    }
}
