package io.journeymap.routes.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the pipeline routes and the admin API, PID {@code io.journeymap.routes}. */
@ObjectClassDefinition(name = "journeymap routes")
@interface RoutesConfig {

    @AttributeDefinition(name = "events.uri",
            description = "The durable events endpoint: journal:events (embedded) or kafka:journeymap.events?... (cluster)")
    String events_uri() default "journal:events";

    @AttributeDefinition(name = "map.changes.uri",
            description = "Where each new change of the journey map is sent as JSON, e.g. kafka:journeymap.changes?..."
                    + " (default: the log; triggers read the feed through the JourneyMap service)")
    String map_changes_uri() default "log:io.journeymap.map.changes?level=INFO&showBodyType=false&showExchangePattern=false";

    @AttributeDefinition(name = "admin.http.host")
    String admin_http_host() default "0.0.0.0";

    @AttributeDefinition(name = "admin.http.port", min = "1", max = "65535")
    int admin_http_port() default 8181;

    @AttributeDefinition(name = "admin.user")
    String admin_user() default "admin";

    @AttributeDefinition(name = "admin.password", type = AttributeType.PASSWORD)
    String admin_password();
}
