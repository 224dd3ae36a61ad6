package io.journeymap.scoring.internal.serving;

import io.journeymap.api.scoring.ModelStatus;
import io.journeymap.api.scoring.ModelVersion;
import io.journeymap.api.scoring.TrainingReport;
import io.journeymap.scoring.engine.DjlEngine;
import io.journeymap.scoring.internal.registry.JdbcModelRegistry;
import io.journeymap.scoring.internal.registry.ModelArtifacts;
import io.journeymap.scoring.internal.sentiment.LabelledText;
import io.journeymap.scoring.internal.sentiment.LexiconSentiment;
import io.journeymap.scoring.internal.sentiment.SentimentEvaluation;
import io.journeymap.scoring.internal.sentiment.SentimentHyperParameters;
import io.journeymap.scoring.internal.sentiment.SentimentModel;
import io.journeymap.scoring.internal.sentiment.SentimentTraining;
import io.journeymap.scoring.internal.sentiment.VaderCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sentiment model's life in the product: the lexicon baseline that serves until a version is
 * trained, loading a registered version from the store, and the gated training run. Training reads
 * labelled corpora from a folder (the VADER ground-truth format), holds out a fixed fifth of the
 * sentences (by a hash of the text, so the same sentences are held out every run), and registers the
 * new version only if its Pearson r on them beats what serves now on the same sentences.
 */
public final class SentimentLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(SentimentLifecycle.class);

    /** The model's name in the registry and in scores. */
    public static final String MODEL = "sentiment";
    /** The lexicon file the baseline (and the model's features) read. */
    public static final String LEXICON = VaderCorpus.LEXICON_FILE;
    private static final int SEED = 20_261_208;

    private final DjlEngine engine;
    private final Path trainingDir;
    private final Path modelsDir;

    /**
     * @param engine      the DJL engine
     * @param trainingDir labelled corpora and the lexicon
     * @param modelsDir   where registered versions are unpacked to load them
     */
    public SentimentLifecycle(DjlEngine engine, Path trainingDir, Path modelsDir) {
        this.engine = engine;
        this.trainingDir = trainingDir;
        this.modelsDir = modelsDir;
    }

    /** @return the lexicon baseline, when the training folder has the lexicon */
    public Optional<TextScorer> lexicon() {
        Path file = trainingDir.resolve(LEXICON);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LexiconScorer(LexiconSentiment.load(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentiment lexicon " + file, e);
        }
    }

    /**
     * @param version  a registered version
     * @param registry where its artifact is
     * @return the version, loaded through DJL
     */
    public TextScorer load(ModelVersion version, JdbcModelRegistry registry) {
        Path dir = modelsDir.resolve(MODEL).resolve(Integer.toString(version.version()));
        if (!Files.isDirectory(dir)) {
            ModelArtifacts.unpack(registry.artifact(MODEL, version.version()), dir);
        }
        try {
            return new DjlSentimentScorer(SentimentModel.load(engine, dir), Integer.toString(version.version()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load sentiment version " + version.version() + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * @param registry where a version that passes the gate is registered
     * @param serving  what serves now, evaluated on the same held-out sentences
     * @param promote  whether a version that passes is served at once
     * @return what the run did
     */
    public TrainingReport train(JdbcModelRegistry registry, ServingModels serving, boolean promote) {
        long started = System.nanoTime();
        List<Path> corpora = corpora();
        Path lexiconFile = trainingDir.resolve(LEXICON);
        if (corpora.isEmpty() || !Files.isRegularFile(lexiconFile)) {
            throw new IllegalArgumentException("sentiment.training.dir: needs " + LEXICON + " and at least one labelled "
                    + "corpus (*_GroundTruth.txt or *.tsv: id TAB rating in [-4,4] TAB text) in " + trainingDir);
        }
        Map<String, List<LabelledText>> train = new LinkedHashMap<>();
        List<LabelledText> heldOut = new ArrayList<>();
        int trainSize = 0;
        for (Path corpus : corpora) {
            List<LabelledText> kept = train.computeIfAbsent(corpus.getFileName().toString()
                    .replace("_GroundTruth.txt", "").replace(".tsv", ""), k -> new ArrayList<>());
            for (LabelledText t : read(corpus)) {
                ((t.text().hashCode() & 0x7fffffff) % 5 == 0 ? heldOut : kept).add(t);
            }
            trainSize += kept.size();
        }
        String trainedOn = "corpora " + String.join(",", train.keySet()) + ": " + trainSize + " sentences, "
                + heldOut.size() + " held out";
        Path dir = modelsDir.resolve(MODEL).resolve("training-" + System.currentTimeMillis());
        try {
            // the model saves the lexicon its features read with it: a version is self-contained
            SentimentTraining.train(engine, LexiconSentiment.load(lexiconFile), train, heldOut,
                    SentimentHyperParameters.defaults().withSeed(SEED), dir);
            Map<String, Double> metrics;
            try (TextScorer candidate = new DjlSentimentScorer(SentimentModel.load(engine, dir), "candidate")) {
                metrics = evaluate(candidate, heldOut);
            }
            Map<String, Double> current = Map.of();
            String currentName = "nothing";
            Optional<ServingModels.Lease> lease = serving.acquire();
            if (lease.isPresent()) {
                try (ServingModels.Lease l = lease.get()) {
                    current = evaluate(l.scorer(), heldOut);
                    currentName = l.scorer().model() + " " + l.scorer().version();
                }
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            double now = current.getOrDefault("pearson", Double.NEGATIVE_INFINITY);
            if (metrics.get("pearson") <= now) {
                return new TrainingReport(MODEL, false, null, null, metrics, current, trainedOn,
                        String.format("not registered: held-out Pearson r %.4f does not beat %s (%.4f)",
                                metrics.get("pearson"), currentName, now), millis);
            }
            ModelVersion v = registry.register(MODEL, metrics, trainedOn, featureSchema(), ModelArtifacts.pack(dir));
            if (promote) {
                v = registry.promote(MODEL, v.version());
            }
            LOG.info("sentiment version {} registered ({}): held-out Pearson r {} against {} of {}", v.version(),
                    v.status(), metrics.get("pearson"), currentName, current.get("pearson"));
            return new TrainingReport(MODEL, true, v.version(), v.status(), metrics, current, trainedOn,
                    String.format("registered: held-out Pearson r %.4f beats %s (%s)%s", metrics.get("pearson"),
                            currentName, current.isEmpty() ? "-" : String.format("%.4f", now),
                            v.status() == ModelStatus.SERVING ? ", serving now" : ", a candidate to promote"),
                    millis);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("sentiment training failed: " + e.getClass().getSimpleName(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static Map<String, Double> evaluate(TextScorer scorer, List<LabelledText> heldOut) throws Exception {
        return SentimentEvaluation.evaluate(scorer.score(heldOut.stream().map(LabelledText::text).toList()), heldOut)
                .asMap();
    }

    private static String featureSchema() {
        return io.journeymap.scoring.internal.sentiment.SentimentFeatures.SCHEMA;
    }

    private List<Path> corpora() {
        if (!Files.isDirectory(trainingDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(trainingDir)) {
            return files.filter(f -> isCorpus(f.getFileName().toString()) && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + trainingDir, e);
        }
    }

    /** VADER's ground-truth files, or any {@code .tsv} in their format. */
    static boolean isCorpus(String fileName) {
        return fileName.endsWith("_GroundTruth.txt") || fileName.endsWith(".tsv");
    }

    private static List<LabelledText> read(Path corpus) {
        try {
            return VaderCorpus.read(corpus);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + corpus.getFileName(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("could not remove {}", dir);
        }
    }
}
