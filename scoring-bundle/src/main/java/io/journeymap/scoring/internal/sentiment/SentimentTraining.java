package io.journeymap.scoring.internal.sentiment;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Dataset;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.translate.Batchifier;
import ai.djl.util.Progress;
import io.journeymap.scoring.engine.DjlEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Trains a sentiment model with DJL's engine from Java, saves it and measures it on held-out texts.
 *
 * <p>The network regresses the human valence on {@link SentimentFeatures}: L2 loss, Adam with weight
 * decay, the texts shuffled each epoch in a seeded order and the engine seeded alike, so the same
 * inputs train the same model. Each training corpus weighs the same in the loss whatever its size,
 * so one large domain does not set what the model believes about all of them.
 *
 * <p>The final score blends the network with the lexicon's compound ({@link SentimentTranslator}). A
 * network fitted to some domains is worth less in a domain it has not seen, and how much less is
 * measured, not guessed: when the hyper-parameters leave the weight decay or the blend to
 * {@link SentimentHyperParameters#CHOOSE} and there are two or more training corpora, each corpus in
 * turn is left out, a network is trained on the others (for each candidate weight decay) and the blend
 * weights {@code 0, 0.05, ..., 1} are scored on the corpus left out by the gain in Pearson r plus the
 * gain in weighted F1 over the lexicon alone. The pair with the best mean gain is kept (on a tie, the
 * smaller blend and the larger decay: the simpler, more lexicon-like model), and the network is then
 * trained on every corpus. The held-out texts passed in take no part in any of this. With a single
 * corpus nothing can be left out: the weight decay is {@value #SINGLE_CORPUS_WEIGHT_DECAY} and the
 * network's own score is used.
 *
 * <p>Saved to a directory: {@code sentiment-0000.params} ({@code model.save}), {@code model.json}
 * ({@link SentimentModelInfo}) and the lexicon ({@value SentimentModel#LEXICON_FILE}).
 */
public final class SentimentTraining {

    /** The weight decay when a single corpus leaves nothing to choose it by. */
    static final float SINGLE_CORPUS_WEIGHT_DECAY = 0.001f;
    private static final int BLEND_STEPS = 20;

    private SentimentTraining() {
    }

    /**
     * @param engine     the DJL engine; every DJL call runs inside {@link DjlEngine#call}
     * @param lexicon    the lexicon scorer the features are computed with (saved with the model)
     * @param corpora    the texts to train on, by corpus name (the names go to {@code model.json})
     * @param heldOut    texts the model never sees in training, to measure it on; may be empty
     * @param parameters the shape and training settings
     * @param dir        an empty or missing directory to save the model in
     * @return the saved model's description, with its held-out metrics
     * @throws Exception what the engine threw
     */
    public static SentimentModelInfo train(DjlEngine engine, LexiconSentiment lexicon,
                                           Map<String, List<LabelledText>> corpora, List<LabelledText> heldOut,
                                           SentimentHyperParameters parameters, Path dir) throws Exception {
        if (corpora.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("nothing to train on");
        }
        long started = System.nanoTime();
        SentimentFeatures features = new SentimentFeatures(lexicon);
        Map<String, Rows> rows = new LinkedHashMap<>();
        corpora.forEach((name, texts) -> {
            if (!texts.isEmpty()) {
                rows.put(name, Rows.of(features, texts));
            }
        });

        Choice choice = choose(engine, features, corpora, rows, parameters);
        SentimentHyperParameters chosen = choice.parameters();

        Files.createDirectories(dir);
        engine.call(() -> {
            try (Model model = fit(engine, List.copyOf(rows.values()), chosen)) {
                model.setProperty("features", SentimentFeatures.SCHEMA);
                model.save(dir, SentimentModel.NAME);
            }
            return null;
        });
        lexicon.write(dir.resolve(SentimentModel.LEXICON_FILE));
        long millis = (System.nanoTime() - started) / 1_000_000;
        int count = rows.values().stream().mapToInt(r -> r.labels.length).sum();
        SentimentModelInfo info = new SentimentModelInfo(SentimentFeatures.SCHEMA, chosen, choice.description(),
                List.copyOf(rows.keySet()), count, Map.of(), millis);
        info.write(dir);
        if (heldOut.isEmpty()) {
            return info;
        }
        try (SentimentModel saved = SentimentModel.load(engine, dir, 1)) {
            List<Double> predicted = saved.predict(heldOut.stream().map(LabelledText::text).toList());
            info = info.withMetrics(SentimentEvaluation.evaluate(predicted, heldOut).asMap());
        }
        info.write(dir);
        return info;
    }

    /** The hyper-parameters with every choice made, and how. */
    private record Choice(SentimentHyperParameters parameters, String description) {
    }

    /** Leave-one-corpus-out over the training corpora, as the class comment describes. */
    private static Choice choose(DjlEngine engine, SentimentFeatures features, Map<String, List<LabelledText>> corpora,
                                 Map<String, Rows> rows, SentimentHyperParameters parameters) throws Exception {
        if (!parameters.choosesSomething()) {
            return new Choice(parameters, "");
        }
        boolean chooseDecay = parameters.weightDecay() == SentimentHyperParameters.CHOOSE;
        boolean chooseBlend = parameters.blend() == SentimentHyperParameters.CHOOSE;
        if (rows.size() < 2) {
            SentimentHyperParameters p = parameters;
            if (chooseDecay) {
                p = p.withWeightDecay(SINGLE_CORPUS_WEIGHT_DECAY);
            }
            if (chooseBlend) {
                p = p.withBlend(1);
            }
            return new Choice(p, "one training corpus, nothing to leave out: weight decay " + p.weightDecay()
                    + ", blend " + p.blend());
        }
        List<Float> decays = chooseDecay ? SentimentHyperParameters.WEIGHT_DECAYS : List.of(parameters.weightDecay());
        double[] blends = chooseBlend ? blendGrid() : new double[] {parameters.blend()};
        double[][] gain = new double[decays.size()][blends.length];
        for (String left : rows.keySet()) {
            List<Rows> others = rows.entrySet().stream().filter(e -> !e.getKey().equals(left))
                    .map(Map.Entry::getValue).toList();
            List<LabelledText> texts = corpora.get(left);
            double[] compound = rows.get(left).compounds();
            double[] valence = texts.stream().mapToDouble(LabelledText::valence).toArray();
            SentimentEvaluation.Metrics lexiconOnly = SentimentEvaluation.evaluate(compound, valence);
            for (int d = 0; d < decays.size(); d++) {
                double[] network = networkScores(engine, features, others,
                        parameters.withWeightDecay(decays.get(d)), texts);
                for (int b = 0; b < blends.length; b++) {
                    double[] blended = new double[valence.length];
                    for (int i = 0; i < blended.length; i++) {
                        blended[i] = Math.max(-1, Math.min(1, blends[b] * network[i] + (1 - blends[b]) * compound[i]));
                    }
                    SentimentEvaluation.Metrics m = SentimentEvaluation.evaluate(blended, valence);
                    gain[d][b] += ((m.pearson() - lexiconOnly.pearson()) + (m.f1() - lexiconOnly.f1())) / rows.size();
                }
            }
        }
        int bestDecay = decays.size() - 1;
        int bestBlend = 0;
        for (int b = 0; b < blends.length; b++) {
            for (int d = decays.size() - 1; d >= 0; d--) {
                if (gain[d][b] > gain[bestDecay][bestBlend] + 1e-9) {
                    bestDecay = d;
                    bestBlend = b;
                }
            }
        }
        SentimentHyperParameters p = parameters.withWeightDecay(decays.get(bestDecay)).withBlend(blends[bestBlend]);
        return new Choice(p, String.format(Locale.ROOT,
                "leave-one-corpus-out over %s: weight decay %s, blend %.2f, mean gain over the lexicon in r + F1 %+.4f",
                String.join(", ", rows.keySet()), decays.get(bestDecay), blends[bestBlend], gain[bestDecay][bestBlend]));
    }

    private static double[] blendGrid() {
        double[] grid = new double[BLEND_STEPS + 1];
        for (int step = 0; step <= BLEND_STEPS; step++) {
            grid[step] = (double) step / BLEND_STEPS;
        }
        return grid;
    }

    /** The network's own scores (no blend) of the texts, trained on the given corpora. */
    private static double[] networkScores(DjlEngine engine, SentimentFeatures features, List<Rows> training,
                                          SentimentHyperParameters parameters, List<LabelledText> texts)
            throws Exception {
        return engine.call(() -> {
            try (Model model = fit(engine, training, parameters);
                 Predictor<String, Float> p = model.newPredictor(new SentimentTranslator(features, 1))) {
                double[] out = new double[texts.size()];
                for (int from = 0; from < texts.size(); from += SentimentModel.CHUNK) {
                    List<String> chunk = texts.subList(from, Math.min(texts.size(), from + SentimentModel.CHUNK))
                            .stream().map(LabelledText::text).toList();
                    List<Float> scores = p.batchPredict(chunk);
                    for (int i = 0; i < scores.size(); i++) {
                        out[from + i] = scores.get(i);
                    }
                }
                return out;
            }
        });
    }

    /** Trains a network on the given corpora; the caller closes the model. Runs inside {@link DjlEngine#call}. */
    private static Model fit(DjlEngine engine, List<Rows> corpora, SentimentHyperParameters parameters)
            throws Exception {
        Engine.getEngine(engine.name()).setRandomSeed(parameters.seed());
        Model model = Model.newInstance(SentimentModel.NAME, Device.cpu(), engine.name());
        try {
            model.setBlock(parameters.block());
            DefaultTrainingConfig config = new DefaultTrainingConfig(new CorpusWeightedL2Loss())
                    .optOptimizer(Optimizer.adam()
                            .optLearningRateTracker(Tracker.fixed(parameters.learningRate()))
                            .optWeightDecays(parameters.weightDecay())
                            .build())
                    .optDevices(new Device[] {Device.cpu()});
            if (parameters.hidden() == 0) {
                // a linear model needs no symmetry breaking: start from "no evidence" exactly
                config.optInitializer(Initializer.ZEROS, Parameter.Type.WEIGHT);
            }
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(parameters.batchSize(), SentimentFeatures.LENGTH));
                EasyTrain.fit(trainer, parameters.epochs(), new ShuffledBatches(corpora, parameters), null);
            }
            return model;
        } catch (Exception | Error e) {
            model.close();
            throw e;
        }
    }

    /** One corpus's texts as sparse feature rows, with their valences and lexicon compounds. */
    private record Rows(List<SentimentFeatures.Sparse> features, float[] labels, double[] compounds) {

        static Rows of(SentimentFeatures f, List<LabelledText> texts) {
            List<SentimentFeatures.Sparse> rows = new ArrayList<>(texts.size());
            float[] labels = new float[texts.size()];
            double[] compounds = new double[texts.size()];
            for (int i = 0; i < texts.size(); i++) {
                SentimentFeatures.Sparse s = f.sparse(texts.get(i).text());
                rows.add(s);
                labels[i] = (float) texts.get(i).valence();
                compounds[i] = SentimentFeatures.compound(s.values(), 0);
            }
            return new Rows(rows, labels, compounds);
        }
    }

    /**
     * Half the squared error, each text weighted so that every corpus weighs the same in total (the
     * weights come as the second label array).
     */
    private static final class CorpusWeightedL2Loss extends Loss {

        CorpusWeightedL2Loss() {
            super("CorpusWeightedL2Loss");
        }

        @Override
        public NDArray evaluate(NDList labels, NDList predictions) {
            NDArray error = predictions.singletonOrThrow().sub(labels.get(0));
            return error.square().mul(labels.get(1)).mean().mul(0.5f);
        }
    }

    /**
     * The training texts as batches of dense feature rows, built from their sparse features as each
     * batch is needed: the whole set as dense floats would take gigabytes. Each pass shuffles with
     * its own seeded order.
     */
    private static final class ShuffledBatches implements Dataset {

        private final List<SentimentFeatures.Sparse> rows = new ArrayList<>();
        private final float[] labels;
        private final float[] weights;
        private final int batchSize;
        private final Random random;

        ShuffledBatches(List<Rows> corpora, SentimentHyperParameters parameters) {
            int total = corpora.stream().mapToInt(c -> c.labels.length).sum();
            labels = new float[total];
            weights = new float[total];
            int at = 0;
            for (Rows c : corpora) {
                // mean weight 1: a corpus of n texts weighs total / (corpora * n) per text
                float w = (float) total / (corpora.size() * c.labels.length);
                for (int i = 0; i < c.labels.length; i++) {
                    rows.add(c.features.get(i));
                    labels[at] = c.labels[i];
                    weights[at++] = w;
                }
            }
            this.batchSize = parameters.batchSize();
            this.random = new Random(parameters.seed());
        }

        @Override
        public Iterable<Batch> getData(NDManager manager) {
            int[] order = new int[rows.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int i = order.length - 1; i > 0; i--) { // Fisher-Yates
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            return () -> new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < order.length;
                }

                @Override
                public Batch next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    int size = Math.min(batchSize, order.length - next);
                    float[] x = new float[size * SentimentFeatures.LENGTH];
                    float[] y = new float[size];
                    float[] w = new float[size];
                    for (int b = 0; b < size; b++) {
                        int row = order[next + b];
                        SentimentFeatures.Sparse s = rows.get(row);
                        int offset = b * SentimentFeatures.LENGTH;
                        for (int k = 0; k < s.indices().length; k++) {
                            x[offset + s.indices()[k]] = s.values()[k];
                        }
                        y[b] = labels[row];
                        w[b] = weights[row];
                    }
                    next += size;
                    NDManager batchManager = manager.newSubManager();
                    NDList data = new NDList(batchManager.create(x, new Shape(size, SentimentFeatures.LENGTH)));
                    NDList label = new NDList(batchManager.create(y, new Shape(size, 1)),
                            batchManager.create(w, new Shape(size, 1)));
                    return new Batch(batchManager, data, label, size, Batchifier.STACK, Batchifier.STACK, next,
                            order.length);
                }
            };
        }

        @Override
        public void prepare(Progress progress) {
            // the rows are ready: nothing to download or read
        }
    }
}
