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
 * The checkpoint moves only after the route processed the batch, and is stored at most every
 * {@code checkpointInterval} (and when the consumer stops or runs dry), so a crash redelivers what
 * came after it (the downstream hops are idempotent) and never skips anything. A failed batch is retried with backoff
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
        long stored = -1;
        long storedAt = System.nanoTime();
        long backoff = conf.getRetryDelay();
        while (isRunAllowed() && !isSuspendingOrSuspended()) {
            try {
                if (position < 0) {
                    position = getEndpoint().getJournal().checkpoint(conf.getConsumerName());
                    stored = position;
                }
                List<JournalRecord> records = getEndpoint().getJournal().readAfter(position, conf.getMaxBatchSize());
                if (records.isEmpty()) {
                    if (stored < position) {
                        stored = storeCheckpoint(position);
                        storedAt = System.nanoTime();
                    }
                    Thread.sleep(conf.getPollDelay());
                    continue;
                }
                long last = records.get(records.size() - 1).position();
                deliver(records, last);
                position = last;
                if (System.nanoTime() - storedAt >= conf.getCheckpointInterval() * 1_000_000L) {
                    stored = storeCheckpoint(position);
                    storedAt = System.nanoTime();
                }
                backoff = conf.getRetryDelay();
                if (records.size() < conf.getMaxBatchSize() && conf.getLinger() > 0) {
                    Thread.sleep(conf.getLinger());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                storeOnStop(position, stored);
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
        storeOnStop(position, stored);
    }

    private long storeCheckpoint(long position) {
        getEndpoint().getJournal().commit(getEndpoint().getConfiguration().getConsumerName(), position);
        return position;
    }

    private void storeOnStop(long position, long stored) {
        if (position > stored) {
            try {
                storeCheckpoint(position);
            } catch (RuntimeException e) {
                LOG.warn("route {}: checkpoint {} not stored on stop, the batches after {} will be redelivered: {}",
                        getRouteId(), position, stored, e.getMessage());
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
