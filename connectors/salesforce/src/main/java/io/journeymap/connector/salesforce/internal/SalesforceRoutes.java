package io.journeymap.connector.salesforce.internal;

import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * The poll and the query calls. The poll runs {@link SyncCycle} on a timer (one thread, so polls never
 * overlap); every call to Salesforce goes through {@code ingest-salesforce-query}, whose redelivery
 * retries what {@link SalesforceFailures} calls retriable (429, 5xx, REQUEST_LIMIT_EXCEEDED, timeouts,
 * dropped connections) with exponential backoff and jitter. A 401 never reaches it: camel-salesforce
 * logs in again at the token endpoint and repeats the call itself.
 */
final class SalesforceRoutes extends RouteBuilder {

    static final String QUERY_ENDPOINT = "direct:salesforce-query";
    static final String OPERATION_HEADER = "JourneymapSalesforceOperation";
    static final String QUERY = "query";
    static final String QUERY_MORE = "queryMore";

    /**
     * @param maxAttempts  tries per call in all
     * @param initialDelay the wait after the first failure
     * @param maxDelay     the longest wait
     */
    record Retry(int maxAttempts, Duration initialDelay, Duration maxDelay) {
    }

    private final SyncCycle cycle;
    private final Duration pollInterval;
    private final Retry retry;
    private final CamelQueryPages pages;

    SalesforceRoutes(SyncCycle cycle, Duration pollInterval, Retry retry, CamelQueryPages pages) {
        this.cycle = cycle;
        this.pollInterval = pollInterval;
        this.retry = retry;
        this.pages = pages;
    }

    @Override
    public void configure() {
        // failures are reported once, by SyncCycle, without payloads
        errorHandler(defaultErrorHandler().logExhausted(false).logStackTrace(false));
        pages.bind(getContext());

        from("timer:journeymap-salesforce?delay=1000&period=" + pollInterval.toMillis())
                .routeId("ingest-salesforce-poll")
                .process(cycle);

        from(QUERY_ENDPOINT).routeId("ingest-salesforce-query")
                .onException(Exception.class)
                    .onWhen(e -> SalesforceFailures.isRetriable(e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class)))
                    .maximumRedeliveries(retry.maxAttempts() - 1)
                    .redeliveryDelay(retry.initialDelay().toMillis())
                    .maximumRedeliveryDelay(retry.maxDelay().toMillis())
                    .useExponentialBackOff().backOffMultiplier(2.0)
                    .useCollisionAvoidance().collisionAvoidanceFactor(0.25)
                    .retryAttemptedLogLevel(LoggingLevel.WARN).logStackTrace(false).logExhausted(false)
                    .logRetryStackTrace(false).logHandled(false)
                .end()
                .choice()
                    .when(header(OPERATION_HEADER).isEqualTo(QUERY_MORE))
                        .to("salesforce:queryMore?rawPayload=true")
                    .otherwise()
                        .to("salesforce:query?rawPayload=true")
                .end()
                .convertBodyTo(String.class);
    }
}
