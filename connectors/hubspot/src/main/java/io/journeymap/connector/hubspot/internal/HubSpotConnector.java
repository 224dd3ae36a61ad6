package io.journeymap.connector.hubspot.internal;

import io.journeymap.api.connector.ConnectorCheckpoints;
import io.journeymap.api.connector.ConnectorState;
import io.journeymap.api.connector.ConnectorStatus;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.camel.EmbeddedHttpServer;
import io.journeymap.camel.RouteBundleContext;
import io.journeymap.connector.common.DurableCheckpointStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.ComponentResolver;
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

/**
 * The HubSpot connector in the product: its own CamelContext with one sync route per configured
 * object type (checkpoints in journeymap's store) and, when a client secret is set, the webhook
 * receiver on its own port; both write through {@link EventIngest}. Without an access token the
 * sync stays stopped (the assembly installs this connector unconfigured, and that must not fail the
 * installation); an invalid value fails activation with its key named.
 */
@Component(service = {}, configurationPid = "io.journeymap.connector.hubspot",
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = HubSpotConnectorConfig.class)
public class HubSpotConnector {

    private static final Logger LOG = LoggerFactory.getLogger(HubSpotConnector.class);

    /** HubSpot sends at most 100 small events per request; anything far bigger is not HubSpot. */
    private static final long WEBHOOK_MAX_BODY = 1024 * 1024;

    @Reference
    private EventIngest ingest;

    @Reference
    private ConnectorCheckpoints checkpoints;

    // Camel's languages and components reach OSGi as services once their bundles start; waiting for
    // the ones the routes use keeps a restart from starting the routes before them.
    @Reference(target = "(language=simple)")
    private LanguageResolver simpleLanguage;

    @Reference(target = "(component=log)")
    private ComponentResolver logComponent;

    private CamelContext camel;
    private ExecutorService lookups;
    private ConnectorActivity activity;
    private ServiceRegistration<ConnectorStatus> status;

    @Activate
    void activate(BundleContext bundleContext, HubSpotConnectorConfig config) throws Exception {
        HubSpotSettings settings = HubSpotSettings.from(config);
        boolean running = settings.syncEnabled() || settings.webhook() != null;
        activity = new ConnectorActivity(HubSpotRecordMapper.CONNECTOR, settings.instance(),
                running ? ConnectorState.RUNNING : ConnectorState.STOPPED, Clock.systemUTC());
        if (!running) {
            LOG.info("HubSpot connector '{}' is stopped: no access.token (CRM sync) and no webhook.client.secret "
                    + "(webhook receiver) in etc/io.journeymap.connector.hubspot.cfg", settings.instance());
        } else {
            start(bundleContext, settings);
        }
        status = bundleContext.registerService(ConnectorStatus.class, activity,
                new Hashtable<>(Map.of("journeymap.connector", HubSpotRecordMapper.CONNECTOR,
                        "journeymap.connector.instance", settings.instance())));
    }

    private void start(BundleContext bundleContext, HubSpotSettings settings) throws Exception {
        HubSpotComponent component = component(settings);
        CheckpointLedger ledger = new CheckpointLedger(new DurableCheckpointStore(checkpoints));
        component.setCheckpointStore(ledger);
        activity.checkpoint(ledger::describe);

        List<RoutesBuilder> routes = new ArrayList<>();
        if (settings.syncEnabled()) {
            routes.add(new HubSpotSyncRoutes(settings, new HubSpotPageToEvents(Clock.systemUTC()),
                    new IngestPage(ingest, activity), new StatusPollStrategy(activity)));
        } else {
            LOG.info("HubSpot connector '{}': CRM sync stopped, no access.token set", settings.instance());
        }
        if (settings.webhook() != null) {
            lookups = Executors.newFixedThreadPool(2, r -> new Thread(r, "hubspot-webhook-lookups"));
            HubSpotWebhookProcessor.CrmReads crm = settings.syncEnabled()
                    ? HubSpotWebhookProcessor.over(HubSpotClient.create(component.getConfiguration())) : null;
            routes.add(new HubSpotWebhookRoutes(settings.webhook().path(), new HubSpotWebhookProcessor(
                    new HubSpotSignatureV3(settings.webhook().clientSecret(), Clock.systemUTC()),
                    settings.webhook().publicUrl(), new HubSpotWebhookMapper(settings.instance()), crm,
                    lookups, ingest, activity, Clock.systemUTC())));
        }
        try {
            camel = RouteBundleContext.start(bundleContext, "journeymap-connector-hubspot", context -> {
                context.addComponent("hubspot", component);
                if (settings.webhook() != null) {
                    EmbeddedHttpServer.install(context, settings.webhook().host(), settings.webhook().port(),
                            WEBHOOK_MAX_BODY);
                }
            }, routes);
        } catch (Exception e) {
            shutdownLookups();
            throw e;
        }
        LOG.info("HubSpot connector started: {}", settings);
    }

    /** The component's defaults, shared by every route; the account's rate limits are split between them. */
    private static HubSpotComponent component(HubSpotSettings settings) {
        HubSpotComponent component = new HubSpotComponent();
        HubSpotConfiguration conf = component.getConfiguration();
        conf.setBaseUrl(settings.baseUrl());
        conf.setAccessToken(settings.accessToken() == null ? "" : settings.accessToken());
        conf.setInstanceName(settings.instance());
        conf.setPageSize(settings.pageSize());
        conf.setStartDate(settings.startDate());
        conf.setIndexLag(settings.indexLagMs());
        int routes = Math.max(1, settings.objectTypes().size());
        conf.setSearchRequestsPerSecond(settings.searchPerSecond() / routes);
        conf.setRequestsPerSecond(settings.requestsPerSecond() / routes);
        return component;
    }

    @Deactivate
    void deactivate() {
        if (status != null) {
            status.unregister();
        }
        if (camel != null) {
            camel.stop();
        }
        shutdownLookups();
        if (activity != null) {
            activity.state(ConnectorState.STOPPED);
        }
    }

    private void shutdownLookups() {
        if (lookups != null) {
            lookups.shutdownNow();
            lookups = null;
        }
    }
}
