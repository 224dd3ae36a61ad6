package io.journeymap.connector.hubspot.internal;

import io.journeymap.api.config.InvalidConfigurationException;
import java.time.Clock;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs the objects modified since the stored checkpoint, one page per exchange (the body: a list of
 * HubSpot objects as maps). A page is the unit because the write path ({@code EventIngest}) commits
 * a list at once: one durable commit and one checkpoint per page, instead of one per object. The
 * checkpoint is stored only after the page's exchange completed without an exception, so a failure
 * or a restart resumes at the first page not processed: nothing is lost, and nothing processed is
 * delivered again (a crash between the route's success and the store redelivers that one page, which
 * the derived messageIds dedupe).
 */
class HubSpotConsumer extends ScheduledPollConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(HubSpotConsumer.class);

    private IncrementalSync sync;

    HubSpotConsumer(HubSpotEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public HubSpotEndpoint getEndpoint() {
        return (HubSpotEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        HubSpotEndpoint e = getEndpoint();
        HubSpotConfiguration conf = e.getConfiguration();
        sync = new IncrementalSync(e.client(), e.objectType(), e.properties(), conf.getPageSize(),
                conf.getSearchResultLimit(), conf.getIndexLag(), conf.isAssociatedContacts(), Clock.systemUTC());
        startCheckpoint(); // a bad startDate fails the route's start, not every poll
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        HubSpotEndpoint e = getEndpoint();
        SyncCheckpoint at = e.checkpointStore().get(e.checkpointKey()).map(SyncCheckpoint::fromJson)
                .orElseGet(this::startCheckpoint);
        int delivered = 0;
        for (int page = 0; page < e.getConfiguration().getMaxPagesPerPoll() && isRunAllowed(); page++) {
            Optional<IncrementalSync.Page> next = sync.next(at);
            if (next.isEmpty()) {
                break;
            }
            deliver(next.get());
            e.checkpointStore().put(e.checkpointKey(), next.get().next().toJson());
            at = next.get().next();
            delivered += next.get().records().size();
        }
        if (delivered > 0) {
            LOG.debug("route {}: {} {} delivered, checkpoint {}", getRouteId(), delivered, e.objectType().path(),
                    at.modifiedSince());
        }
        return delivered;
    }

    private void deliver(IncrementalSync.Page page) throws Exception {
        Exchange exchange = createExchange(false);
        try {
            exchange.getMessage().setBody(page.records());
            exchange.getMessage().setHeader(HubSpotConstants.OBJECT_TYPE, getEndpoint().objectType().path());
            exchange.getMessage().setHeader(HubSpotConstants.RECORD_COUNT, page.records().size());
            exchange.getMessage().setHeader(HubSpotConstants.CHECKPOINT, page.next().toJson());
            exchange.getMessage().setHeader(HubSpotConstants.INSTANCE,
                    getEndpoint().getConfiguration().getInstanceName());
            getProcessor().process(exchange);
            if (exchange.getException() != null) {
                // Not stored: the next poll starts this page again.
                throw exchange.getException();
            }
        } finally {
            releaseExchange(exchange, false);
        }
    }

    private SyncCheckpoint startCheckpoint() {
        String start = getEndpoint().getConfiguration().getStartDate();
        if (start == null || start.isBlank()) {
            return SyncCheckpoint.startingAt(0);
        }
        java.time.Instant at = HubSpotRecords.instant(start);
        if (at == null) {
            throw new InvalidConfigurationException("startDate", "must be an ISO-8601 instant or epoch milliseconds");
        }
        return SyncCheckpoint.startingAt(at.toEpochMilli());
    }
}
