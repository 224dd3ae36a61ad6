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
    @UriParam(label = "consumer", defaultValue = "500")
    private int maxBatchSize = 500;

    /** How long an idle consumer waits before looking for new events, in milliseconds. */
    @UriParam(label = "consumer", defaultValue = "20")
    private long pollDelay = 20;

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

    public long getPollDelay() {
        return pollDelay;
    }

    public void setPollDelay(long pollDelay) {
        this.pollDelay = pollDelay;
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
