package io.journeymap.connector.hubspot.internal;

import io.journeymap.camel.ConnectorActivity;
import io.journeymap.connector.common.HttpCallException;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports each sync poll's outcome to the connector's status. A failed poll (HubSpot unreachable
 * after its retries, or the ingest failing) leaves the checkpoint where it was; the next scheduled
 * poll tries again, so the failure is logged and counted, not retried here.
 */
final class StatusPollStrategy implements PollingConsumerPollStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(StatusPollStrategy.class);

    private final ConnectorActivity activity;

    StatusPollStrategy(ConnectorActivity activity) {
        this.activity = activity;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        activity.succeeded();
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        String reason = reason(endpoint, cause);
        LOG.warn("route {}: sync poll failed, the next poll resumes from the checkpoint: {}",
                consumer instanceof org.apache.camel.RouteAware r && r.getRoute() != null ? r.getRoute().getRouteId()
                        : endpoint.getEndpointKey(), reason);
        activity.failed(reason, false);
        return false;
    }

    /** The object type and the failure's kind and status; never a response body. */
    static String reason(Endpoint endpoint, Exception cause) {
        String type = endpoint instanceof HubSpotEndpoint e ? e.getConfiguration().getObjectType() : "?";
        if (cause instanceof HttpCallException h) {
            return type + ": " + h.getMessage();
        }
        return type + ": " + cause.getClass().getSimpleName();
    }
}
