package io.journeymap.scoring.internal.sentiment;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.Dataset;
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
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Trains a sentiment model with DJL's engine from Java: a regression of the human valence on
 * {@link SentimentFeatures}, L2 loss, Adam with weight decay, the texts shuffled each epoch by a seeded
 * random order and the engine seeded alike, so the same inputs train the same model. The model is
 * saved to a directory as {@code sentiment-0000.params} with {@code model.json} and the lexicon, then
 * loaded back through {@link SentimentModel} and scored on the held-out texts.
 */
public final class SentimentTraining {

    private SentimentTraining() {
    }

    /**
     * @param engine     the DJL engine; every DJL call runs inside {@link DjlEngine#call}
     * @param lexicon    the lexicon scorer the features are computed with (saved with the model)
     * @param training   the texts to train on
     * @param heldOut    texts the model never sees in training, to measure it on
     * @param trainedOn  names of the training corpora, for {@code model.json}
     * @param parameters the shape and training settings
     * @param dir        an empty or missing directory to save the model in
     * @return the saved model's description, with its held-out metrics
     * @throws Exception what the engine threw
     */
    public static SentimentModelInfo train(DjlEngine engine, LexiconSentiment lexicon, List<LabelledText> training,
                                           List<LabelledText> heldOut, List<String> trainedOn,
                                           SentimentHyperParameters parameters, Path dir) throws Exception {
        if (training.isEmpty()) {
            throw new IllegalArgumentException("nothing to train on");
        }
        long started = System.nanoTime();
        SentimentFeatures features = new SentimentFeatures(lexicon);
        List<SentimentFeatures.Sparse> rows = new ArrayList<>(training.size());
        float[] labels = new float[training.size()];
        for (int i = 0; i < training.size(); i++) {
            rows.add(features.sparse(training.get(i).text()));
            labels[i] = (float) training.get(i).valence();
        }
        Files.createDirectories(dir);
        engine.call(() -> {
            Engine.getEngine(engine.name()).setRandomSeed(parameters.seed());
            try (Model model = Model.newInstance(SentimentModel.NAME, Device.cpu(), engine.name())) {
                model.setBlock(parameters.block());
                DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                        .optOptimizer(Optimizer.adam()
                                .optLearningRateTracker(Tracker.fixed(parameters.learningRate()))
                                .optWeightDecays(parameters.weightDecay())
                                .build())
                        .optDevices(new Device[] {Device.cpu()});
                try (Trainer trainer = model.newTrainer(config)) {
                    trainer.initialize(new Shape(parameters.batchSize(), SentimentFeatures.LENGTH));
                    EasyTrain.fit(trainer, parameters.epochs(), new ShuffledBatches(rows, labels, parameters), null);
                }
                model.setProperty("features", SentimentFeatures.SCHEMA);
                model.save(dir, SentimentModel.NAME);
            }
            return null;
        });
        lexicon.write(dir.resolve(SentimentModel.LEXICON_FILE));
        long millis = (System.nanoTime() - started) / 1_000_000;
        SentimentModelInfo info = new SentimentModelInfo(SentimentFeatures.SCHEMA, parameters, trainedOn, training.size(),
                java.util.Map.of(), millis);
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

    /**
     * The training texts as batches of dense feature rows, built from their sparse features as each
     * batch is needed: the whole set as dense floats would take over a gigabyte. Each pass shuffles
     * with its own seeded order.
     */
    private static final class ShuffledBatches implements Dataset {

        private final List<SentimentFeatures.Sparse> rows;
        private final float[] labels;
        private final int batchSize;
        private final Random random;

        ShuffledBatches(List<SentimentFeatures.Sparse> rows, float[] labels, SentimentHyperParameters parameters) {
            this.rows = rows;
            this.labels = labels;
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
                    for (int b = 0; b < size; b++) {
                        int row = order[next + b];
                        SentimentFeatures.Sparse s = rows.get(row);
                        int offset = b * SentimentFeatures.LENGTH;
                        for (int k = 0; k < s.indices().length; k++) {
                            x[offset + s.indices()[k]] = s.values()[k];
                        }
                        y[b] = labels[row];
                    }
                    next += size;
                    NDManager batchManager = manager.newSubManager();
                    NDList data = new NDList(batchManager.create(x, new Shape(size, SentimentFeatures.LENGTH)));
                    NDList label = new NDList(batchManager.create(y, new Shape(size, 1)));
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
