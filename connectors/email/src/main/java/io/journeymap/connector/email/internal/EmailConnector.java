package io.journeymap.connector.email.internal;

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

/** The email webhooks connector: its own CamelContext and HTTP port, writing through {@link EventIngest}. */
@Component(service = {}, configurationPid = "io.journeymap.connector.email",
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = EmailConfig.class)
public class EmailConnector {

    private static final Logger LOG = LoggerFactory.getLogger(EmailConnector.class);

    /** SendGrid batches are at most a few hundred KB; a bound keeps a hostile body from filling memory. */
    private static final long HTTP_MAX_BODY = 4L * 1024 * 1024;

    @Reference
    private EventIngest ingest;

    // Wait for Camel's simple language (registered by camel-core-osgi) before starting routes.
    @Reference(target = "(language=simple)")
    private LanguageResolver simpleLanguage;

    private CamelContext camel;
    private ServiceRegistration<ConnectorStatus> status;

    @Activate
    void activate(BundleContext bundleContext, EmailConfig config) throws Exception {
        EmailSettings settings = EmailSettings.of(config.http_host(), config.http_port(), config.sendgrid_public_key(),
                config.sendgrid_timestamp_tolerance_seconds(), config.mailchimp_secret());
        Clock clock = Clock.systemUTC();
        ConnectorActivity activity = new ConnectorActivity("email", "port " + settings.port(), ConnectorState.RUNNING,
                clock);
        WebhookReplies replies = new WebhookReplies(ingest, activity);
        SendGridProcessor sendGrid = new SendGridProcessor(
                settings.sendGridKey().map(k -> new SendGridSignature(k, settings.sendGridTolerance())), replies, clock);
        MailchimpProcessor mailchimp = new MailchimpProcessor(settings.mailchimpSecret(), replies, clock);
        camel = RouteBundleContext.start(bundleContext, "journeymap-connector-email",
                context -> EmbeddedHttpServer.install(context, settings.host(), settings.port(), HTTP_MAX_BODY),
                List.of(new EmailRoutes(sendGrid, mailchimp)));
        status = activity.register(bundleContext);
        LOG.info("email webhooks listening on port {}: SendGrid {}, Mailchimp {}", settings.port(),
                settings.sendGridKey().isPresent() ? "verifying signatures" : "refused with 503 until sendgrid.public.key is set",
                settings.mailchimpSecret().isPresent() ? "enabled" : "refused with 503 until mailchimp.secret is set");
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
