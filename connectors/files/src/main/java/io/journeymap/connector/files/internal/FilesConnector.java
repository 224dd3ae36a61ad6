package io.journeymap.connector.files.internal;

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
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The files connector: a drop folder read by its own CamelContext, writing through {@link EventIngest}. */
@Component(service = {}, configurationPid = "io.journeymap.connector.files",
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = FilesConfig.class)
public class FilesConnector {

    private static final Logger LOG = LoggerFactory.getLogger(FilesConnector.class);

    @Reference
    private EventIngest ingest;

    // The file consumer's move expression needs the simple language; both are registered by camel-core-osgi.
    @Reference(target = "(language=simple)")
    private LanguageResolver simpleLanguage;

    @Reference(target = "(component=file)")
    private ComponentResolver fileComponent;

    private CamelContext camel;
    private ServiceRegistration<ConnectorStatus> status;

    @Activate
    void activate(BundleContext bundleContext, Map<String, Object> config) throws Exception {
        FilesSettings settings = FilesSettings.of(config);
        Files.createDirectories(settings.dropDir());
        ConnectorActivity activity = new ConnectorActivity(FileRowMapper.CONNECTOR, settings.dropDir().toString(),
                ConnectorState.RUNNING, Clock.systemUTC());
        FileImporter importer = new FileImporter(settings, ingest, activity, Clock.systemUTC());
        camel = RouteBundleContext.start(bundleContext, "journeymap-connector-files", activity::watch,
                List.of(new FilesRoutes(settings, importer)));
        status = activity.register(bundleContext);
        LOG.info("files connector watching {} for {} mapping(s): {}", settings.dropDir(), settings.mappings().size(),
                settings.antInclude());
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
