package io.journeymap.connector.tracking.internal;

import io.journeymap.api.config.ConfigRules;
import io.journeymap.api.connector.ConnectorState;
import io.journeymap.api.connector.ConnectorStatus;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.camel.EmbeddedHttpServer;
import io.journeymap.camel.RouteBundleContext;
import java.time.Clock;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.LanguageResolver;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The tracking API connector: its own CamelContext and HTTP port, writing through {@link EventIngest}. */
@Component(service = {}, configurationPid = "io.journeymap.connector.tracking",
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = TrackingConfig.class)
public class TrackingConnector {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingConnector.class);

    /** Bigger than any accepted body, so the processor (not Vert.x) decides and explains 413. */
    private static final long HTTP_MAX_BODY = 4L * 1024 * 1024;

    @Reference
    private EventIngest ingest;

    // Wait for Camel's simple language (registered by camel-core-osgi) before starting routes.
    @Reference(target = "(language=simple)")
    private LanguageResolver simpleLanguage;

    private CamelContext camel;
    private ConnectorActivity activity;
    private ServiceRegistration<ConnectorStatus> status;

    @Activate
    void activate(BundleContext bundleContext, TrackingConfig config) throws Exception {
        WriteKeys keys = WriteKeys.parse(config.write_keys());
        int port = ConfigRules.requireRange("http.port", config.http_port(), 1, 65535);
        activity = new ConnectorActivity("tracking-http", "port-" + port, ConnectorState.RUNNING, Clock.systemUTC());
        TrackingRequestProcessor processor = new TrackingRequestProcessor(keys, ingest, Clock.systemUTC(), activity);
        camel = RouteBundleContext.start(bundleContext, "journeymap-connector-tracking",
                context -> EmbeddedHttpServer.install(context, config.http_host(), port, HTTP_MAX_BODY),
                List.of(new TrackingRoutes(processor)));
        status = bundleContext.registerService(ConnectorStatus.class, activity,
                new Hashtable<>(Map.of("journeymap.connector", "tracking-http")));
        LOG.info("tracking API listening on port {} for {} source(s)", port, keys.size());
    }

    @Deactivate
    void deactivate() {
        if (status != null) {
            status.unregister();
        }
        if (camel != null) {
            camel.stop();
        }
    }
}
