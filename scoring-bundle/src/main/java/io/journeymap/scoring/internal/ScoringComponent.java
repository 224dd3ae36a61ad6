package io.journeymap.scoring.internal;

import io.journeymap.api.consent.ConsentService;
import io.journeymap.api.scoring.ModelRegistry;
import io.journeymap.api.scoring.ModelTraining;
import io.journeymap.api.scoring.ModelVersion;
import io.journeymap.api.scoring.Score;
import io.journeymap.api.scoring.ScoreKind;
import io.journeymap.api.scoring.Scorer;
import io.journeymap.api.scoring.TouchpointScoring;
import io.journeymap.api.scoring.TrainingReport;
import io.journeymap.api.timeline.TimelineEntry;
import io.journeymap.scoring.engine.DjlEngine;
import io.journeymap.scoring.internal.registry.JdbcModelRegistry;
import io.journeymap.scoring.internal.serving.SentimentLifecycle;
import io.journeymap.scoring.internal.serving.ArrivalScoring;
import io.journeymap.scoring.internal.serving.ServingModels;
import io.journeymap.scoring.internal.serving.TextScorer;
import io.journeymap.scoring.internal.store.ScoreStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scoring bundle's one component, PID {@code io.journeymap.scoring}: scores touchpoints as the
 * pipeline stores them, serves the scores, keeps the model registry and trains gated versions. What
 * serves is re-read from the store on a timer, so a version promoted on another node serves here too.
 */
@Component(service = {Scorer.class, ModelRegistry.class, ModelTraining.class, TouchpointScoring.class},
        configurationPid = "io.journeymap.scoring", configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true)
@Designate(ocd = ScoringConfig.class)
public class ScoringComponent implements Scorer, ModelRegistry, ModelTraining, TouchpointScoring {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringComponent.class);

    @Reference
    private DjlEngine engine;
    @Reference
    private ConsentService consent;
    @Reference(target = "(journeymap.store=main)")
    private DataSource store;

    private final Clock clock = Clock.systemUTC();
    private final ServingModels serving = new ServingModels();
    private ScoreStore scores;
    private JdbcModelRegistry registry;
    private SentimentLifecycle sentiment;
    private ArrivalScoring arrival;
    private ScheduledExecutorService timers;
    private boolean autoPromote;
    private volatile Integer servingVersion;

    @Activate
    void activate(ScoringConfig config) {
        Path data = Path.of(System.getProperty("karaf.data", "data"));
        Path etc = Path.of(System.getProperty("karaf.etc", "etc"));
        String dir = config.sentiment_training_dir() == null ? "" : config.sentiment_training_dir().trim();
        Path training = dir.isEmpty() ? etc.resolve("journeymap/training/sentiment") : Path.of(dir);
        int interval = config.train_interval_hours();
        if (interval < 0) {
            throw new io.journeymap.api.config.InvalidConfigurationException("train.interval.hours", "must be 0 or more");
        }
        autoPromote = config.train_auto_promote();
        scores = new ScoreStore(store);
        registry = new JdbcModelRegistry(store, clock);
        sentiment = new SentimentLifecycle(engine, training, data.resolve("journeymap/models"));
        arrival = new ArrivalScoring(serving, consent, scores, clock);
        refreshServing();
        timers = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "journeymap-scoring-timers"));
        timers.scheduleWithFixedDelay(this::refreshQuietly, config.registry_refresh_seconds(),
                config.registry_refresh_seconds(), TimeUnit.SECONDS);
        if (interval > 0) {
            timers.scheduleWithFixedDelay(this::trainQuietly, interval, interval, TimeUnit.HOURS);
        }
        LOG.info("scoring started: sentiment served by {}; training data in {}; scheduled training {}",
                serving.describe().orElse("nothing yet"), training, interval > 0 ? "every " + interval + " h" : "off");
    }

    @Deactivate
    void deactivate() {
        if (timers != null) {
            timers.shutdownNow();
        }
        serving.close();
    }

    /** Serves the registry's serving version, else the lexicon baseline, unless that already serves. */
    private synchronized void refreshServing() {
        Optional<ModelVersion> v = registry.serving(SentimentLifecycle.MODEL);
        Integer wanted = v.map(ModelVersion::version).orElse(null);
        if (serving.describe().isPresent() && java.util.Objects.equals(wanted, servingVersion)) {
            return;
        }
        Optional<TextScorer> next;
        try {
            next = v.isPresent() ? Optional.of(sentiment.load(v.get(), registry)) : sentiment.lexicon();
        } catch (RuntimeException e) {
            // a version that cannot be loaded here (a damaged artifact, a feature schema this bundle
            // does not know) must not take scoring down: keep what serves, else the lexicon
            LOG.warn("sentiment version {} cannot be loaded ({}); {}", wanted, e.getMessage(),
                    serving.describe().map(d -> "keeping " + d).orElse("serving the lexicon baseline"));
            next = serving.describe().isPresent() ? Optional.empty() : sentiment.lexicon();
        }
        next.ifPresent(serving::serve);
        servingVersion = wanted;
        if (serving.describe().isEmpty()) {
            LOG.info("no sentiment model serves yet: no trained version, and no {} in the training folder for the "
                    + "lexicon baseline", SentimentLifecycle.LEXICON);
        }
    }

    private void refreshQuietly() {
        try {
            refreshServing();
        } catch (RuntimeException e) {
            LOG.warn("could not re-read the serving sentiment version: {}", e.getClass().getSimpleName());
        }
    }

    private void trainQuietly() {
        try {
            TrainingReport r = train(SentimentLifecycle.MODEL);
            LOG.info("scheduled training of {}: {}", r.model(), r.reason());
        } catch (RuntimeException e) {
            LOG.warn("scheduled training failed: {}", e.getMessage());
        }
    }

    @Override
    public int scoreArrived(List<TimelineEntry> entries) {
        return arrival.scoreArrived(entries);
    }

    @Override
    public List<Score> scores(String profileId, ScoreKind kind, int limit) {
        return scores.scores(List.of(profileId), kind, limit);
    }

    @Override
    public Optional<Score> latest(String profileId, ScoreKind kind) {
        return scores.scores(List.of(profileId), kind, 1).stream().findFirst();
    }

    @Override
    public List<Double> sentiment(List<String> texts) {
        ServingModels.Lease lease = serving.acquire().orElseThrow(() ->
                new IllegalStateException("no sentiment model serves: run journeymap:train sentiment"));
        try (lease) {
            return lease.scorer().score(texts);
        } catch (Exception e) {
            throw new IllegalStateException("the sentiment model failed: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public synchronized TrainingReport train(String model) {
        if (!SentimentLifecycle.MODEL.equals(model)) {
            throw new IllegalArgumentException("model: one-of:" + SentimentLifecycle.MODEL);
        }
        TrainingReport report = sentiment.train(registry, serving, autoPromote || registry.serving(model).isEmpty());
        refreshServing();
        return report;
    }

    @Override
    public List<ModelVersion> versions() {
        return registry.versions();
    }

    @Override
    public Optional<ModelVersion> serving(String model) {
        return registry.serving(model);
    }

    @Override
    public ModelVersion promote(String model, int version) {
        ModelVersion v = registry.promote(model, version);
        refreshServing();
        return v;
    }

    @Override
    public ModelVersion shadow(String model, int version) {
        return registry.shadow(model, version);
    }

    @Override
    public ModelVersion rollback(String model) {
        ModelVersion v = registry.rollback(model);
        refreshServing();
        return v;
    }
}
