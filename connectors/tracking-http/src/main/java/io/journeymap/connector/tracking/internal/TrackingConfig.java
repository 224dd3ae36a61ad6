package io.journeymap.connector.tracking.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the tracking API, PID {@code io.journeymap.connector.tracking}. */
@ObjectClassDefinition(name = "journeymap tracking API (Segment-compatible)")
@interface TrackingConfig {

    @AttributeDefinition(name = "http.host")
    String http_host() default "0.0.0.0";

    @AttributeDefinition(name = "http.port", min = "1", max = "65535")
    int http_port() default 8080;

    @AttributeDefinition(name = "write.keys", type = AttributeType.PASSWORD,
            description = "Comma-separated key:source pairs; a key is sent as the HTTP Basic user")
    String write_keys();
}
