package io.journeymap.connector.hubspot.internal;

import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

/** HubSpot's webhook requests: {@code POST <webhook.path>}, route {@code ingest-hubspot-webhook}. */
final class HubSpotWebhookRoutes extends RouteBuilder {

    private final String path;
    private final Processor processor;

    HubSpotWebhookRoutes(String path, Processor processor) {
        this.path = path;
        this.processor = processor;
    }

    @Override
    public void configure() {
        from("platform-http:" + path + "?httpMethodRestrict=POST").routeId("ingest-hubspot-webhook")
                .process(processor);
    }
}
