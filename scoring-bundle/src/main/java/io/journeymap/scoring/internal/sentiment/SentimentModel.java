package io.journeymap.scoring.internal.sentiment;

import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import io.journeymap.scoring.engine.DjlEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A saved sentiment model, loaded offline through DJL's {@link Criteria} from its directory: the
 * parameters ({@code sentiment-0000.params}), the lexicon its features use ({@value #LEXICON_FILE}) and
 * {@code model.json}, whose hyper-parameters rebuild the block.
 *
 * <p>Thread-safe. A DJL {@link Predictor} is not, so each call borrows one from a small pool and
 * gives it back; callers beyond the pool's size wait. {@link #close()} waits for calls in flight.
 */
public final class SentimentModel implements AutoCloseable {

    /** The model's name: the parameter files' prefix and the registry's model name. */
    public static final String NAME = "sentiment";
    /** The lexicon file in a model directory. */
    public static final String LEXICON_FILE = "lexicon.tsv";
    /** Texts per forward pass: bounds the feature array at a few megabytes per predictor. */
    static final int CHUNK = 256;

    private final DjlEngine engine;
    private final ZooModel<String, Float> model;
    private final SentimentModelInfo info;
    private final BlockingQueue<Predictor<String, Float>> pool;
    private final List<Predictor<String, Float>> predictors;
    // predict holds the read side, close the write side: nothing is freed under a running prediction
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    private SentimentModel(DjlEngine engine, ZooModel<String, Float> model, SentimentModelInfo info,
                           List<Predictor<String, Float>> predictors) {
        this.engine = engine;
        this.model = model;
        this.info = info;
        this.predictors = List.copyOf(predictors);
        this.pool = new ArrayBlockingQueue<>(predictors.size(), false, predictors);
    }

    /**
     * Loads with a pool of two predictors, one per core of the machines this runs on.
     *
     * @param engine the DJL engine
     * @param dir    a directory {@link SentimentTraining} saved
     * @return the model, ready to predict
     * @throws Exception when the directory is incomplete or the engine cannot load it
     */
    public static SentimentModel load(DjlEngine engine, Path dir) throws Exception {
        return load(engine, dir, 2);
    }

    /**
     * @param engine     the DJL engine
     * @param dir        a directory {@link SentimentTraining} saved
     * @param predictors how many predictions may run at once
     * @return the model, ready to predict
     * @throws Exception when the directory is incomplete or the engine cannot load it
     */
    public static SentimentModel load(DjlEngine engine, Path dir, int predictors) throws Exception {
        if (predictors < 1) {
            throw new IllegalArgumentException("at least one predictor: " + predictors);
        }
        SentimentModelInfo info = SentimentModelInfo.read(dir);
        if (!SentimentFeatures.SCHEMA.equals(info.features())) {
            throw new IllegalArgumentException(dir + " was trained on features " + info.features() + ", this code writes "
                    + SentimentFeatures.SCHEMA);
        }
        Path lexiconFile = dir.resolve(LEXICON_FILE);
        if (!Files.isRegularFile(lexiconFile)) {
            throw new IllegalArgumentException(dir + " has no " + LEXICON_FILE);
        }
        SentimentTranslator translator = new SentimentTranslator(new SentimentFeatures(LexiconSentiment.load(lexiconFile)),
                info.hyperParameters().blend());
        return engine.call(() -> {
            Criteria<String, Float> criteria = Criteria.builder()
                    .setTypes(String.class, Float.class)
                    .optEngine(engine.name())
                    .optModelPath(dir)
                    .optModelName(NAME)
                    .optBlock(info.hyperParameters().block())
                    .optTranslator(translator)
                    .build();
            ZooModel<String, Float> zoo = criteria.loadModel();
            List<Predictor<String, Float>> pool = new ArrayList<>();
            for (int i = 0; i < predictors; i++) {
                pool.add(zoo.newPredictor());
            }
            return new SentimentModel(engine, zoo, info, pool);
        });
    }

    /** @return what the model's {@code model.json} says */
    public SentimentModelInfo info() {
        return info;
    }

    /**
     * @param texts the texts, any number
     * @return one score in [-1, 1] per text, in order
     * @throws Exception             what the engine threw
     * @throws IllegalStateException when the model is closed
     */
    public List<Double> predict(List<String> texts) throws Exception {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the sentiment model is closed");
            }
            Predictor<String, Float> predictor = pool.take();
            try {
                return engine.call(() -> {
                    List<Double> out = new ArrayList<>(texts.size());
                    for (int from = 0; from < texts.size(); from += CHUNK) {
                        List<String> chunk = texts.subList(from, Math.min(texts.size(), from + CHUNK));
                        for (Float f : predictor.batchPredict(chunk)) {
                            out.add(f.doubleValue());
                        }
                    }
                    return out;
                });
            } finally {
                pool.add(predictor);
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Closes the predictors and the model, once no prediction is running. */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            predictors.forEach(Predictor::close);
            model.close();
        } finally {
            lifecycle.writeLock().unlock();
        }
    }
}
