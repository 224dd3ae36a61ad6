package io.journeymap.connector.salesforce.internal;

import io.journeymap.api.connector.ConnectorCheckpoints;
import io.journeymap.api.connector.ConnectorState;
import io.journeymap.api.connector.ConnectorStatus;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.camel.RouteBundleContext;
import io.journeymap.connector.common.CheckpointStore;
import io.journeymap.connector.common.DurableCheckpointStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
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
 * The Salesforce connector: its own CamelContext with camel-salesforce, polling by SystemModstamp
 * watermark and writing through {@link EventIngest}. With no credentials configured it logs one line
 * and stays stopped.
 */
@Component(service = {}, configurationPid = "io.journeymap.connector.salesforce",
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = SalesforceConfig.class)
public class SalesforceConnector {

    private static final Logger LOG = LoggerFactory.getLogger(SalesforceConnector.class);

    /** A batch is at most 2,000 records; the journal commits far faster than this unless it is down. */
    private static final Duration INGEST_TIMEOUT = Duration.ofMinutes(2);

    @Reference
    private EventIngest ingest;

    @Reference
    private ConnectorCheckpoints checkpoints;

    // Wait for the Camel resolvers camel-core-osgi registers before starting routes.
    @Reference(target = "(language=simple)")
    private LanguageResolver simpleLanguage;

    @Reference(target = "(component=direct)")
    private ComponentResolver directComponent;

    @Reference(target = "(component=timer)")
    private ComponentResolver timerComponent;

    private CamelContext camel;
    private ServiceRegistration<ConnectorStatus> status;

    @Activate
    void activate(BundleContext bundleContext, SalesforceConfig config) throws Exception {
        Path karafData = Path.of(System.getProperty("karaf.data", "data"));
        SalesforceSettings settings = SalesforceSettings.of(config, karafData);
        ConnectorActivity activity = new ConnectorActivity(SalesforceRecordMapper.CONNECTOR, settings.instance(),
                settings.configured() ? ConnectorState.RUNNING : ConnectorState.STOPPED, Clock.systemUTC());
        if (!settings.configured()) {
            LOG.info("Salesforce connector stopped: no credentials in etc/io.journeymap.connector.salesforce.cfg "
                    + "(set client.id with client.secret and refresh.token, or auth.type = jwt with jwt.*)");
        } else {
            // watermarks in journeymap's store: durable, and shared by every node on the same store
            camel = start(bundleContext, settings, ingest, new DurableCheckpointStore(checkpoints), activity,
                    Clock.systemUTC());
            LOG.info("Salesforce connector {} polling {} every {} s at {}", settings.instance(),
                    settings.objects().stream().map(SalesforceObject::apiName).toList(),
                    settings.pollInterval().toSeconds(), settings.loginUrl().getHost());
        }
        status = activity.register(bundleContext);
    }

    static CamelContext start(BundleContext bundleContext, SalesforceSettings settings, EventIngest ingest,
            CheckpointStore checkpoints, ConnectorActivity activity, Clock clock) throws Exception {
        return RouteBundleContext.start(bundleContext, "journeymap-connector-salesforce",
                context -> context.addComponent("salesforce", SalesforceComponents.create(settings)),
                List.of(routes(settings, ingest, checkpoints, activity, clock)));
    }

    /** The routes of one configured org, wired: poll → sync → query route → camel-salesforce. */
    static SalesforceRoutes routes(SalesforceSettings settings, EventIngest ingest, CheckpointStore checkpoints,
            ConnectorActivity activity, Clock clock) {
        CamelQueryPages pages = new CamelQueryPages();
        WatermarkSync sync = new WatermarkSync(pages, ingest, checkpoints,
                new DeadLetterFile(settings.deadLetterDir().resolve("salesforce-" + settings.instance() + ".jsonl")),
                settings.instance(), settings.backfillFrom(), settings.pollLag(), INGEST_TIMEOUT, clock);
        return new SalesforceRoutes(new SyncCycle(sync, settings.objects(), activity), settings.pollInterval(), settings.retry(),
                pages);
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
