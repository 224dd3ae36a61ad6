package io.journeymap.scoring.internal.serving;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentiment scorer that serves now, swapped atomically: a batch takes the current one and is
 * scored by it whole, so a promotion while events flow scores every touchpoint by exactly one
 * version. The old scorer is closed once the batches that took it are done (counted leases).
 */
public final class ServingModels implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServingModels.class);

    /** A scorer with the batches that still use it. */
    public static final class Lease implements AutoCloseable {
        private final TextScorer scorer;
        private int users;
        private boolean retired;

        private Lease(TextScorer scorer) {
            this.scorer = scorer;
        }

        /** @return the scorer this lease holds */
        public TextScorer scorer() {
            return scorer;
        }

        private synchronized Lease acquire() {
            users++;
            return this;
        }

        @Override
        public synchronized void close() {
            users--;
            closeIfUnused();
        }

        private synchronized void retire() {
            retired = true;
            closeIfUnused();
        }

        private void closeIfUnused() {
            if (retired && users == 0) {
                scorer.close();
            }
        }
    }

    private final AtomicReference<Lease> current = new AtomicReference<>();

    /**
     * @return the serving scorer, held until the lease is closed; empty while none serves
     */
    public synchronized Optional<Lease> acquire() {
        Lease l = current.get();
        return l == null ? Optional.empty() : Optional.of(l.acquire());
    }

    /** @return the model and version serving now, e.g. {@code sentiment 3}, or empty */
    public Optional<String> describe() {
        Lease l = current.get();
        return l == null ? Optional.empty() : Optional.of(l.scorer.model() + " " + l.scorer.version());
    }

    /**
     * Serves another scorer from the next batch on; the one before is closed when its batches are done.
     *
     * @param next the new scorer
     */
    public synchronized void serve(TextScorer next) {
        Lease before = current.getAndSet(new Lease(next));
        LOG.info("sentiment served by {} {} (before: {})", next.model(), next.version(),
                before == null ? "none" : before.scorer.model() + " " + before.scorer.version());
        if (before != null) {
            before.retire();
        }
    }

    @Override
    public synchronized void close() {
        Lease before = current.getAndSet(null);
        if (before != null) {
            before.retire();
        }
    }
}
