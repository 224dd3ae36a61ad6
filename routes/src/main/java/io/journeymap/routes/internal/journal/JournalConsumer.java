package io.journeymap.routes.internal.journal;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.journal.JournalRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the journal in order, one batch per exchange, from the consumer's stored checkpoint.
 * The checkpoint moves only after the route processed the batch, so a crash redelivers the batch
 * (the downstream hops are idempotent) and never skips it. A failed batch is retried with backoff
 * rather than passed over: failures here are the store's, not the events' (those were validated).
 */
class JournalConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(JournalConsumer.class);

    private ExecutorService executor;

    JournalConsumer(JournalEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public JournalEndpoint getEndpoint() {
        return (JournalEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        executor = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newSingleThreadExecutor(this, "journal-" + getEndpoint().getName());
        executor.submit(this::run);
    }

    @Override
    protected void doStop() throws Exception {
        if (executor != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(executor);
            executor = null;
        }
        super.doStop();
    }

    private void run() {
        JournalConfiguration conf = getEndpoint().getConfiguration();
        String routeId = getRouteId();
        long position = -1;
        long backoff = conf.getRetryDelay();
        while (isRunAllowed() && !isSuspendingOrSuspended()) {
            try {
                if (position < 0) {
                    position = getEndpoint().getJournal().checkpoint(conf.getConsumerName());
                }
                List<JournalRecord> records = getEndpoint().getJournal().readAfter(position, conf.getMaxBatchSize());
                if (records.isEmpty()) {
                    Thread.sleep(conf.getPollDelay());
                    continue;
                }
                long last = records.get(records.size() - 1).position();
                deliver(records, last);
                getEndpoint().getJournal().commit(conf.getConsumerName(), last);
                position = last;
                backoff = conf.getRetryDelay();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warn("route {}: journal batch after position {} failed, retrying in {} ms: {}", routeId, position,
                        backoff, e.getMessage());
                position = -1; // re-read the checkpoint: it is the truth after a failure
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(backoff * 2, conf.getMaxRetryDelay());
            }
        }
    }

    private void deliver(List<JournalRecord> records, long last) throws Exception {
        List<TouchpointEvent> events = new ArrayList<>(records.size());
        for (JournalRecord r : records) {
            events.add(r.event());
        }
        Exchange exchange = createExchange(false);
        try {
            exchange.getMessage().setBody(events);
            exchange.getMessage().setHeader(JournalConstants.LAST_POSITION, last);
            getProcessor().process(exchange);
            if (exchange.getException() != null) {
                throw exchange.getException();
            }
        } finally {
            releaseExchange(exchange, false);
        }
    }
}
