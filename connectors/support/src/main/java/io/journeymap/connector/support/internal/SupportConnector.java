package io.journeymap.connector.support.internal;

import io.journeymap.api.connector.ConnectorState;
import io.journeymap.api.connector.ConnectorStatus;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.camel.EmbeddedHttpServer;
import io.journeymap.camel.RouteBundleContext;
import io.journeymap.camel.WebhookReplies;
import java.time.Clock;
import java.util.List;
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

/** The support webhooks connector: its own CamelContext and HTTP port, writing through {@link EventIngest}. */
@Component(service = {}, configurationPid = "io.journeymap.connector.support",
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = SupportConfig.class)
public class SupportConnector {

    private static final Logger LOG = LoggerFactory.getLogger(SupportConnector.class);

    /** A conversation notification is a few KB; a bound keeps a hostile body from filling memory. */
    private static final long HTTP_MAX_BODY = 2L * 1024 * 1024;

    @Reference
    private EventIngest ingest;

    // Wait for Camel's simple language (registered by camel-core-osgi) before starting routes.
    @Reference(target = "(language=simple)")
    private LanguageResolver simpleLanguage;

    private CamelContext camel;
    private ServiceRegistration<ConnectorStatus> status;

    @Activate
    void activate(BundleContext bundleContext, SupportConfig config) throws Exception {
        SupportSettings settings = SupportSettings.of(config.http_host(), config.http_port(),
                config.zendesk_signing_secret(), config.zendesk_timestamp_tolerance_seconds(),
                config.intercom_client_secret());
        ConnectorActivity activity = new ConnectorActivity("support", "port " + settings.port(), ConnectorState.RUNNING,
                Clock.systemUTC());
        SupportRoutes routes = routes(settings, new WebhookReplies(ingest, activity), Clock.systemUTC());
        camel = RouteBundleContext.start(bundleContext, "journeymap-connector-support",
                context -> EmbeddedHttpServer.install(context, settings.host(), settings.port(), HTTP_MAX_BODY),
                List.of(routes));
        status = activity.register(bundleContext);
        LOG.info("support webhooks listening on port {}: Zendesk {}, Intercom {}", settings.port(),
                settings.zendeskSecret().isPresent() ? "verifying signatures" : "refused with 503 until zendesk.signing.secret is set",
                settings.intercomSecret().isPresent() ? "verifying signatures" : "refused with 503 until intercom.client.secret is set");
    }

    static SupportRoutes routes(SupportSettings settings, WebhookReplies replies, Clock clock) {
        SignedJsonWebhook zendesk = new SignedJsonWebhook("Zendesk", "zendesk.signing.secret",
                settings.zendeskSecret().map(secret -> {
                    ZendeskSignature signature = new ZendeskSignature(secret, settings.zendeskTolerance());
                    return (exchange, body, now) -> signature.check(
                            exchange.getMessage().getHeader(ZendeskSignature.SIGNATURE_HEADER, String.class),
                            exchange.getMessage().getHeader(ZendeskSignature.TIMESTAMP_HEADER, String.class), body, now);
                }), ZendeskEventMapper::map, replies, clock);
        SignedJsonWebhook intercom = new SignedJsonWebhook("Intercom", "intercom.client.secret",
                settings.intercomSecret().map(secret -> {
                    IntercomSignature signature = new IntercomSignature(secret);
                    return (exchange, body, now) -> signature.check(
                            exchange.getMessage().getHeader(IntercomSignature.HEADER, String.class), body);
                }), IntercomNotificationMapper::map, replies, clock);
        return new SupportRoutes(zendesk, intercom);
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
