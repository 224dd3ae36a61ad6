package io.journeymap.routes.internal;

import io.journeymap.api.config.ConfigRules;
import io.journeymap.api.config.InvalidConfigurationException;
import io.journeymap.api.consent.ConsentService;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.identity.IdentityGraph;
import io.journeymap.api.identity.IdentityResolver;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.api.journal.AppendResult;
import io.journeymap.api.journal.EventJournal;
import io.journeymap.api.privacy.EventSealer;
import io.journeymap.api.privacy.PrivacyRequests;
import io.journeymap.api.scoring.ModelRegistry;
import io.journeymap.api.scoring.Scorer;
import io.journeymap.api.scoring.TouchpointScoring;
import io.journeymap.api.timeline.TimelineStore;
import io.journeymap.camel.EmbeddedHttpServer;
import io.journeymap.camel.RouteBundleContext;
import io.journeymap.routes.internal.admin.AdminAuthenticator;
import io.journeymap.routes.internal.admin.AdminRoutes;
import io.journeymap.routes.internal.admin.ConsentAdminRoutes;
import io.journeymap.routes.internal.admin.JourneyMapAdminRoutes;
import io.journeymap.routes.internal.admin.ScoringAdminRoutes;
import io.journeymap.routes.internal.map.MapChangeRoutes;
import io.journeymap.api.journey.JourneyMap;
import java.time.Clock;
import io.journeymap.routes.internal.admin.IdentityAdminRoutes;
import io.journeymap.routes.internal.journal.JournalComponent;
import io.journeymap.routes.internal.journal.JournalConstants;
import io.journeymap.routes.internal.pipeline.KafkaRecords;
import io.journeymap.routes.internal.pipeline.PipelineRoutes;
import io.journeymap.routes.internal.pipeline.TimelineWriter;
import io.journeymap.routes.internal.scoring.ScoringServices;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ComponentResolver;
import org.apache.camel.spi.LanguageResolver;
import org.apache.camel.support.DefaultExchange;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the pipeline's CamelContext: the ingest and pipeline routes and the admin REST API. It is
 * the {@link EventIngest} every connector writes through, so there is one write path.
 */
@Component(service = EventIngest.class, configurationPid = "io.journeymap.routes",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RoutesConfig.class)
public class PipelineComponent implements EventIngest {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineComponent.class);

    @Reference
    private EventJournal journal;
    @Reference
    private TimelineStore timelines;
    @Reference
    private IdentityResolver identity;
    @Reference
    private IdentityGraph identityGraph;
    @Reference
    private ConsentService consent;
    @Reference
    private PrivacyRequests privacy;
    @Reference
    private EventSealer sealer;
    @Reference
    private JourneyMap journeyMap;

    // Camel's languages and components reach OSGi as services registered by camel-core-osgi when
    // their bundles start; referencing the ones our routes use keeps us from starting before them
    // (on a restart the start order is not ours to choose).
    @Reference(target = "(language=simple)")
    private LanguageResolver simpleLanguage;
    @Reference(target = "(component=direct)")
    private ComponentResolver directComponent;
    @Reference(target = "(component=rest)")
    private ComponentResolver restComponent;
    @Reference(target = "(component=kafka)")
    private ComponentResolver kafkaComponent;
    @Reference(target = "(component=timer)")
    private ComponentResolver timerComponent;
    @Reference(target = "(component=log)")
    private ComponentResolver logComponent;

    // The scoring feature is optional and may be updated while events flow: dynamic references, read
    // through ScoringServices at each use.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TouchpointScoring touchpointScoring;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Scorer scorer;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModelRegistry modelRegistry;

    private final ScoringServices scoring = new ScoringServices(() -> touchpointScoring, () -> scorer,
            () -> modelRegistry);
    private CamelContext camel;
    private AsyncProducer ingest;

    @Activate
    void activate(BundleContext bundleContext, RoutesConfig config) throws Exception {
        String eventsUri = ConfigRules.requireText("events.uri", config.events_uri());
        if (!eventsUri.startsWith("journal:") && !eventsUri.startsWith("kafka:")) {
            throw new InvalidConfigurationException("events.uri", "must be a journal: or kafka: endpoint");
        }
        int port = ConfigRules.requireRange("admin.http.port", config.admin_http_port(), 1, 65535);
        AdminAuthenticator auth = new AdminAuthenticator(ConfigRules.requireText("admin.user", config.admin_user()),
                ConfigRules.requireText("admin.password", config.admin_password()));
        camel = RouteBundleContext.start(bundleContext, "journeymap-pipeline", context -> {
            context.addComponent("journal", new JournalComponent(journal));
            EmbeddedHttpServer.install(context, config.admin_http_host(), port, 1024 * 1024);
        }, List.of(new PipelineRoutes(eventsUri,
                new TimelineWriter(consent, sealer, identity, journal, timelines, scoring), new KafkaRecords(sealer)),
                new AdminRoutes(auth, timelines, identityGraph), new IdentityAdminRoutes(auth, identityGraph),
                new ConsentAdminRoutes(auth, consent, privacy),
                new JourneyMapAdminRoutes(auth, journeyMap, Clock.systemUTC()),
                new ScoringAdminRoutes(auth, scoring, identityGraph),
                new MapChangeRoutes(journeyMap, journal, ConfigRules.requireText("map.changes.uri", config.map_changes_uri()))));
        ingest = camel.getEndpoint(PipelineRoutes.INGEST).createAsyncProducer();
        ingest.start();
        LOG.info("pipeline started: events on {}, admin API on port {}", eventsUri.replaceAll("\\?.*", ""), port);
    }

    @Deactivate
    void deactivate() {
        if (ingest != null) {
            ingest.stop();
        }
        if (camel != null) {
            camel.stop();
        }
    }

    @Override
    public CompletionStage<AppendResult> ingest(List<TouchpointEvent> events) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(events);
        CompletableFuture<Exchange> done = ingest.processAsync(exchange);
        return done.thenApply(x -> {
            if (x.getException() != null) {
                throw new CompletionException(x.getException());
            }
            AppendResult journaled = x.getMessage().getHeader(JournalConstants.APPEND_RESULT, AppendResult.class);
            return journaled != null ? journaled : new AppendResult(events.size(), 0);
        });
    }
}
