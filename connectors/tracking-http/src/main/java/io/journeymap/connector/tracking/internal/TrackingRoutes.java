package io.journeymap.connector.tracking.internal;

import org.apache.camel.builder.RouteBuilder;

/** The tracking API's HTTP endpoints: {@code POST /v1/{call}}, with or without a trailing slash. */
final class TrackingRoutes extends RouteBuilder {

    private final TrackingRequestProcessor processor;

    TrackingRoutes(TrackingRequestProcessor processor) {
        this.processor = processor;
    }

    @Override
    public void configure() {
        from("platform-http:/v1/{call}?httpMethodRestrict=POST").routeId("ingest-tracking-http")
                .process(processor);
        // Segment's Java library posts to /v1/import/ (trailing slash).
        from("platform-http:/v1/{call}/?httpMethodRestrict=POST").routeId("ingest-tracking-http-slash")
                .process(processor);
    }
}
