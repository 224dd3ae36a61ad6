package io.journeymap.routes.internal.journal;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** Options of a {@code journal:} endpoint. */
@UriParams
public class JournalConfiguration {

    /** The consumer's name: its checkpoint is stored under it. */
    @UriParam(label = "consumer", defaultValue = "pipeline")
    private String consumerName = "pipeline";

    /** The most events one exchange carries. */
    @UriParam(label = "consumer", defaultValue = "5000")
    private int maxBatchSize = 5000;

    /**
     * After a batch smaller than {@code maxBatchSize}, how long to wait for more events before the
     * next one, in milliseconds. A commit rewrites every index page it touches, whatever the number of
     * rows on it, so fewer, fuller batches write far less; this delays the timelines, never the
     * acknowledgement.
     */
    @UriParam(label = "consumer", defaultValue = "100")
    private long linger = 100;

    /** How long an idle consumer waits before looking for new events, in milliseconds. */
    @UriParam(label = "consumer", defaultValue = "20")
    private long pollDelay = 20;

    /**
     * The longest time between two stored checkpoints, in milliseconds. Every commit makes the store
     * write its dirty pages, so the checkpoint is not stored after every batch; a crash redelivers at
     * most this much, which the idempotent downstream absorbs. 0 stores after every batch.
     */
    @UriParam(label = "consumer", defaultValue = "1000")
    private long checkpointInterval = 1000;

    /** The first wait after a failed batch, in milliseconds; it doubles up to {@code maxRetryDelay}. */
    @UriParam(label = "consumer", defaultValue = "500")
    private long retryDelay = 500;

    /** The longest wait between retries of a failed batch, in milliseconds. */
    @UriParam(label = "consumer", defaultValue = "30000")
    private long maxRetryDelay = 30_000;

    public String getConsumerName() {
        return consumerName;
    }

    public void setConsumerName(String consumerName) {
        this.consumerName = consumerName;
    }

    public int getMaxBatchSize() {
        return maxBatchSize;
    }

    public void setMaxBatchSize(int maxBatchSize) {
        this.maxBatchSize = maxBatchSize;
    }

    public long getLinger() {
        return linger;
    }

    public void setLinger(long linger) {
        this.linger = linger;
    }

    public long getPollDelay() {
        return pollDelay;
    }

    public void setPollDelay(long pollDelay) {
        this.pollDelay = pollDelay;
    }

    public long getCheckpointInterval() {
        return checkpointInterval;
    }

    public void setCheckpointInterval(long checkpointInterval) {
        this.checkpointInterval = checkpointInterval;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }
}
