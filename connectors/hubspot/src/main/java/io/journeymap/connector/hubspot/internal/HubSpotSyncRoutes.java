package io.journeymap.connector.hubspot.internal;

import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One route per configured object type, {@code ingest-hubspot-<type>}: a page of objects becomes
 * canonical events, which are ingested before the exchange completes (so the consumer stores its
 * checkpoint only after they are durable); the page's dead letters then go to the dead-letter
 * endpoint. A dead-letter endpoint that fails is logged and passed: it must not hold up the sync.
 */
final class HubSpotSyncRoutes extends RouteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(HubSpotSyncRoutes.class);

    private final HubSpotSettings settings;
    private final Processor toEvents;
    private final Processor ingest;
    private final StatusPollStrategy pollStrategy;

    HubSpotSyncRoutes(HubSpotSettings settings, Processor toEvents, Processor ingest, StatusPollStrategy pollStrategy) {
        this.settings = settings;
        this.toEvents = toEvents;
        this.ingest = ingest;
        this.pollStrategy = pollStrategy;
    }

    @Override
    public void configure() {
        for (HubSpotObjectType type : settings.objectTypes()) {
            String routeId = "ingest-hubspot-" + type.path();
            HubSpotEndpoint endpoint = getContext().getEndpoint("hubspot:" + type.path() + "?delay="
                    + settings.pollIntervalMs(), HubSpotEndpoint.class);
            endpoint.setPollStrategy(pollStrategy);
            from(endpoint).routeId(routeId)
                    .process(toEvents)
                    .process(ingest)
                    .filter(DeadLetterBody::hasDeadLetters)
                        .process(new DeadLetterBody())
                        .doTry()
                            .to(settings.deadLetterUri())
                        .doCatch(Exception.class)
                            .process(e -> LOG.warn("route {}: the dead-letter endpoint failed; the sync goes on: {}",
                                    routeId, e.getProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT,
                                            Exception.class).getClass().getSimpleName()))
                        .end()
                    .end();
        }
    }
}
