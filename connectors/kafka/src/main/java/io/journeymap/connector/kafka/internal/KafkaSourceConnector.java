package io.journeymap.connector.kafka.internal;

import io.journeymap.api.connector.ConnectorState;
import io.journeymap.api.connector.ConnectorStatus;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.camel.RouteBundleContext;
import java.time.Clock;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentResolver;
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

/** The Kafka source connector: its own CamelContext consuming one topic, writing through {@link EventIngest}. */
@Component(service = {}, configurationPid = "io.journeymap.connector.kafka",
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = KafkaSourceConfig.class)
public class KafkaSourceConnector {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaSourceConnector.class);

    @Reference
    private EventIngest ingest;

    @Reference(target = "(component=kafka)")
    private ComponentResolver kafkaComponent;

    private CamelContext camel;
    private ServiceRegistration<ConnectorStatus> status;

    @Activate
    void activate(BundleContext bundleContext, KafkaSourceConfig config) throws Exception {
        KafkaSourceSettings settings = KafkaSourceSettings.of(config);
        ConnectorActivity activity = new ConnectorActivity(KafkaRecordMapper.CONNECTOR, settings.topic(),
                settings.brokers().isEmpty() ? ConnectorState.STOPPED : ConnectorState.RUNNING, Clock.systemUTC());
        if (settings.brokers().isEmpty()) {
            LOG.info("kafka source connector idle: set brokers in etc/io.journeymap.connector.kafka.cfg to consume {}",
                    settings.topic());
            status = activity.register(bundleContext);
            return;
        }
        KafkaRecordMapper mapper = new KafkaRecordMapper(settings.format(), settings.instance());
        camel = RouteBundleContext.start(bundleContext, "journeymap-connector-kafka", activity::watch,
                List.of(new KafkaSourceRoutes(settings, deadLetters -> new KafkaIngestProcessor(mapper, ingest,
                        deadLetters, settings.ingestTimeout(), activity, Clock.systemUTC()))));
        status = activity.register(bundleContext);
        LOG.info("kafka source connector consuming {} ({} format) as group {}; dead letters {}", settings.topic(),
                settings.format().name().toLowerCase(java.util.Locale.ROOT), settings.groupId(),
                settings.deadLetterTopic().map(t -> "to " + t).orElse("logged"));
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
