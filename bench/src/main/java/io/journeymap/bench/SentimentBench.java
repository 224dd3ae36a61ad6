package io.journeymap.bench;

import ai.djl.engine.Engine;
import io.journeymap.scoring.engine.DjlEngine;
import io.journeymap.scoring.engine.internal.OfflineSettings;
import io.journeymap.scoring.internal.sentiment.LabelledText;
import io.journeymap.scoring.internal.sentiment.LexiconSentiment;
import io.journeymap.scoring.internal.sentiment.SentimentEvaluation;
import io.journeymap.scoring.internal.sentiment.SentimentHyperParameters;
import io.journeymap.scoring.internal.sentiment.SentimentModel;
import io.journeymap.scoring.internal.sentiment.SentimentModelInfo;
import io.journeymap.scoring.internal.sentiment.SentimentTraining;
import io.journeymap.scoring.internal.sentiment.VaderCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The sentiment model of issue 7 out of domain: for each of the four VADER corpora (Hutto &amp;
 * Gilbert, ICWSM 2014), trains on the other three with the product's default hyper-parameters
 * ({@link SentimentHyperParameters#defaults()}: weight decay and blend chosen by leave-one-corpus-out
 * on the three training corpora only) and scores the fourth. Prints, per corpus, Pearson r and
 * three-class weighted F1 of the trained model and of the lexicon baseline ({@link LexiconSentiment})
 * measured in the same run, next to the reference figures of the datasets' README; which wins; the
 * training time; and prediction throughput (batched, one caller and two at once, the median of three
 * runs after a warm-up; the lexicon's likewise).
 *
 * <p>Nothing is fitted to the corpus scored: it is read only to predict and to evaluate.
 *
 * <p>Usage: {@code SentimentBench [<vader dir>]}, defaulting to {@code ../shared/datasets/vader}
 * relative to the project directory (run from there).
 */
public final class SentimentBench {

    /** The README's figures for VADER with the current lexicon: Pearson r, weighted F1. */
    private static final Map<VaderCorpus, double[]> REFERENCE = new EnumMap<>(Map.of(
            VaderCorpus.TWEETS, new double[] {0.872, 0.877},
            VaderCorpus.AMAZON, new double[] {0.590, 0.608},
            VaderCorpus.MOVIES, new double[] {0.428, 0.580},
            VaderCorpus.NYT, new double[] {0.503, 0.548}));

    private static final int REPEATS = 3;

    private SentimentBench() {
    }

    public static void main(String[] args) throws Exception {
        Path vader = Path.of(args.length > 0 ? args[0] : "../shared/datasets/vader");
        if (!Files.isRegularFile(vader.resolve(VaderCorpus.LEXICON_FILE))) {
            throw new IllegalArgumentException("no VADER datasets in " + vader.toAbsolutePath());
        }
        Path work = Files.createTempDirectory("sentiment-bench");
        OfflineSettings.apply(Path.of("bench/target/djl-cache"));
        DjlEngine engine = new DjlEngine("PyTorch", "?", SentimentBench.class.getClassLoader());
        long engineStart = System.nanoTime();
        String version = engine.call(() -> Engine.getEngine("PyTorch").getVersion());
        System.out.printf("DJL %s, PyTorch %s (CPU, offline), started in %.1f s; %d cores, Java %s%n",
                Engine.getDjlVersion(), version, (System.nanoTime() - engineStart) / 1e9,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        LexiconSentiment lexicon = LexiconSentiment.load(vader.resolve(VaderCorpus.LEXICON_FILE));
        Map<VaderCorpus, List<LabelledText>> data = new EnumMap<>(VaderCorpus.class);
        for (VaderCorpus c : VaderCorpus.values()) {
            data.put(c, c.readFrom(vader));
        }
        SentimentHyperParameters parameters = SentimentHyperParameters.defaults();
        System.out.printf("hyper-parameters: %s%n%n", parameters);

        List<Row> rows = new ArrayList<>();
        try {
            for (VaderCorpus scored : VaderCorpus.values()) {
                rows.add(run(engine, lexicon, data, scored, parameters, work.resolve(scored.shortName())));
            }
        } finally {
            deleteTree(work);
        }

        System.out.println();
        System.out.println("| corpus scored (trained on the other three) | texts | model r | model F1 | baseline r | baseline F1 "
                + "| README r | README F1 | wins | blend | weight decay | training | model texts/s (1 / 2 callers) | baseline texts/s |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Row r : rows) {
            double[] ref = REFERENCE.get(r.corpus);
            System.out.printf("| %s | %,d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %s | %.2f | %s | %.1f s | %,.0f / %,.0f | %,.0f |%n",
                    r.corpus.shortName(), r.model.count(), r.model.pearson(), r.model.f1(), r.baseline.pearson(),
                    r.baseline.f1(), ref[0], ref[1], r.winner(), r.info.hyperParameters().blend(),
                    r.info.hyperParameters().weightDecay(), r.trainingMillis / 1000.0, r.oneCaller, r.twoCallers,
                    r.baselineThroughput);
        }
        List<String> shortfalls = new ArrayList<>();
        for (Row r : rows) {
            if (r.model.pearson() <= r.baseline.pearson()) {
                shortfalls.add(String.format("%s Pearson r (%.3f vs %.3f)", r.corpus.shortName(), r.model.pearson(),
                        r.baseline.pearson()));
            }
            if (r.model.f1() <= r.baseline.f1()) {
                shortfalls.add(String.format("%s F1 (%.3f vs %.3f)", r.corpus.shortName(), r.model.f1(), r.baseline.f1()));
            }
        }
        System.out.println();
        System.out.println(shortfalls.isEmpty()
                ? "Goal (beat the lexicon baseline on every corpus out of domain, Pearson r and F1): MET"
                : "Goal (beat the lexicon baseline on every corpus out of domain, Pearson r and F1): NOT MET on "
                        + String.join(", ", shortfalls));
    }

    private static Row run(DjlEngine engine, LexiconSentiment lexicon, Map<VaderCorpus, List<LabelledText>> data,
                           VaderCorpus scored, SentimentHyperParameters parameters, Path dir) throws Exception {
        Map<String, List<LabelledText>> training = new LinkedHashMap<>();
        for (VaderCorpus c : VaderCorpus.values()) {
            if (c != scored) {
                training.put(c.shortName(), data.get(c));
            }
        }
        List<LabelledText> heldOut = data.get(scored);
        List<String> texts = heldOut.stream().map(LabelledText::text).toList();

        long t0 = System.nanoTime();
        // no held-out texts passed: training never sees the corpus scored, not even to report on it
        SentimentModelInfo info = SentimentTraining.train(engine, lexicon, training, List.of(), parameters, dir);
        long trainingMillis = (System.nanoTime() - t0) / 1_000_000;

        List<Double> baseline = texts.stream().map(lexicon::compound).toList();
        double[] base = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long b0 = System.nanoTime();
            texts.forEach(lexicon::compound);
            base[i] = texts.size() / ((System.nanoTime() - b0) / 1e9);
        }
        double baselineThroughput = median(base);

        List<Double> predicted;
        double oneCaller;
        double twoCallers;
        try (SentimentModel model = SentimentModel.load(engine, dir, 2)) {
            predicted = model.predict(texts); // also the warm-up: throughput is the median of three runs after it
            double[] one = new double[REPEATS];
            double[] two = new double[REPEATS];
            for (int i = 0; i < REPEATS; i++) {
                long p0 = System.nanoTime();
                model.predict(texts);
                one[i] = texts.size() / ((System.nanoTime() - p0) / 1e9);
                two[i] = twoCallers(model, texts);
            }
            oneCaller = median(one);
            twoCallers = median(two);
        }
        Row row = new Row(scored, info, SentimentEvaluation.evaluate(predicted, heldOut),
                SentimentEvaluation.evaluate(baseline, heldOut), trainingMillis, oneCaller, twoCallers,
                baselineThroughput);
        System.out.printf("%-7s trained on %s (%,d texts) in %.1f s; %s%n", scored.shortName(),
                String.join(", ", info.trainedOn()), info.trainingTexts(), trainingMillis / 1000.0, info.selection());
        System.out.printf("        model    r %.3f  F1 %.3f | baseline r %.3f  F1 %.3f | README r %.3f  F1 %.3f | %s%n",
                row.model.pearson(), row.model.f1(), row.baseline.pearson(), row.baseline.f1(),
                REFERENCE.get(scored)[0], REFERENCE.get(scored)[1], row.winner());
        return row;
    }

    /** Two callers at once, each predicting half of the texts in one call. */
    private static double twoCallers(SentimentModel model, List<String> texts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int half = texts.size() / 2;
            long t0 = System.nanoTime();
            Future<List<Double>> a = pool.submit(() -> model.predict(texts.subList(0, half)));
            Future<List<Double>> b = pool.submit(() -> model.predict(texts.subList(half, texts.size())));
            a.get();
            b.get();
            return texts.size() / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private record Row(VaderCorpus corpus, SentimentModelInfo info, SentimentEvaluation.Metrics model,
                       SentimentEvaluation.Metrics baseline, long trainingMillis, double oneCaller, double twoCallers,
                       double baselineThroughput) {

        String winner() {
            boolean r = model.pearson() > baseline.pearson();
            boolean f1 = model.f1() > baseline.f1();
            return r && f1 ? "model (r and F1)" : r ? "model on r, baseline on F1"
                    : f1 ? "baseline on r, model on F1" : "baseline (r and F1)";
        }
    }
}
