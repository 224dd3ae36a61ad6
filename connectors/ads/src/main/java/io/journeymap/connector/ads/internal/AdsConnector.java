package io.journeymap.connector.ads.internal;

import io.journeymap.api.connector.ConnectorState;
import io.journeymap.api.connector.ConnectorStatus;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.camel.RouteBundleContext;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ads connector: ad report files and the Google Ads click pull, in its own CamelContext, writing through {@link EventIngest}. */
@Component(service = {}, configurationPid = "io.journeymap.connector.ads",
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
public class AdsConnector {

    private static final Logger LOG = LoggerFactory.getLogger(AdsConnector.class);

    @Reference
    private EventIngest ingest;

    @Reference(target = "(language=simple)")
    private LanguageResolver simpleLanguage;

    @Reference(target = "(component=file)")
    private ComponentResolver fileComponent;

    @Reference(target = "(component=timer)")
    private ComponentResolver timerComponent;

    private CamelContext camel;
    private ServiceRegistration<ConnectorStatus> status;

    @Activate
    void activate(BundleContext bundleContext, Map<String, Object> config) throws Exception {
        AdsSettings settings = AdsSettings.of(config);
        Files.createDirectories(settings.dropDir());
        ConnectorActivity activity = new ConnectorActivity(AdEvents.CONNECTOR, settings.dropDir().toString(),
                ConnectorState.RUNNING, Clock.systemUTC());
        AdReportImporter importer = new AdReportImporter(settings, ingest, activity, Clock.systemUTC());
        GoogleAdsClickPull pull = settings.pull().map(p -> new GoogleAdsClickPull(settings, GoogleAdsClickPull.client(p),
                ingest, activity, Clock.systemUTC())).orElse(null);
        camel = RouteBundleContext.start(bundleContext, "journeymap-connector-ads", activity::watch,
                List.of(new AdsRoutes(settings, importer, pull)));
        status = activity.register(bundleContext);
        LOG.info("ads connector watching {} for {}; Google Ads click pull {}", settings.dropDir(), AdsSettings.antInclude(),
                settings.pull().map(p -> "every " + p.interval().toSeconds() + " s over " + p.lookbackDays() + " day(s)")
                        .orElse("off (google.ads.api.url is empty)"));
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
