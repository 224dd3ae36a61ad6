package io.journeymap.connector.salesforce.internal;

import io.journeymap.camel.ConnectorActivity;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll: brings every configured object up to date in turn. An object whose sync fails (after the
 * query route's retries) is reported and left at its last durable watermark; the others still run, and
 * the next poll tries it again.
 */
final class SyncCycle implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(SyncCycle.class);

    private final WatermarkSync sync;
    private final List<SalesforceObject> objects;
    private final ConnectorActivity activity;
    private volatile int failuresInLastCycle;

    SyncCycle(WatermarkSync sync, List<SalesforceObject> objects, ConnectorActivity activity) {
        this.sync = sync;
        this.objects = List.copyOf(objects);
        this.activity = activity;
    }

    @Override
    public void process(Exchange exchange) {
        int failures = 0;
        for (SalesforceObject object : objects) {
            try {
                WatermarkSync.Result r = sync.sync(object);
                activity.recorded(r.events(), r.deadLetters(), r.records() > r.passedOver()
                        ? object.apiName() + " SystemModstamp " + sync.watermark(object).modstamp() : null);
                activity.succeeded();
                // a poll that only re-read the boundary record is the quiet normal case
                if (r.events() > 0 || r.deadLetters() > 0) {
                    LOG.info("route {}: {} {} records in {} batches, {} events, {} passed over, {} skipped (no person), "
                            + "{} dead letters", exchange.getFromRouteId(), object.apiName(), r.records(), r.pages(),
                            r.events(), r.passedOver(), r.skipped(), r.deadLetters());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures++;
                activity.failed(object.apiName() + " sync: " + SalesforceFailures.describe(e), false);
                LOG.warn("route {}: {} sync stopped at its last durable watermark ({}, {}); the next poll resumes there",
                        exchange.getFromRouteId(), object.apiName(), SalesforceFailures.describe(e),
                        SalesforceFailures.kind(e));
            }
        }
        failuresInLastCycle = failures;
    }

    /** @return how many objects failed in the last poll */
    int failuresInLastCycle() {
        return failuresInLastCycle;
    }
}
