package io.journeymap.scoring.internal.sentiment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Text in, sentiment in [-1, 1] out: the features of {@link SentimentFeatures} as a
 * {@code (LENGTH)} float row, the model's single output clamped to [-1, 1]. Batches are stacked along a
 * first axis ({@link Batchifier#STACK}); a batch is written into one array at once rather than one
 * array per text and a stack.
 */
public final class SentimentTranslator implements Translator<String, Float> {

    private final SentimentFeatures features;

    /** @param features the feature function the model was trained with */
    public SentimentTranslator(SentimentFeatures features) {
        this.features = features;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, String input) {
        return new NDList(rows(ctx.getNDManager(), List.of(input)).reshape(SentimentFeatures.LENGTH));
    }

    @Override
    public Float processOutput(TranslatorContext ctx, NDList list) {
        return clamp(list.singletonOrThrow().toFloatArray()[0]);
    }

    @Override
    public Batchifier getBatchifier() {
        return Batchifier.STACK;
    }

    @Override
    public NDList batchProcessInput(TranslatorContext ctx, List<String> inputs) {
        return new NDList(rows(ctx.getNDManager(), inputs));
    }

    @Override
    public List<Float> batchProcessOutput(TranslatorContext ctx, NDList list) {
        float[] raw = list.singletonOrThrow().toFloatArray();
        List<Float> out = new ArrayList<>(raw.length);
        for (float r : raw) {
            out.add(clamp(r));
        }
        return out;
    }

    /**
     * @param manager where the array lives
     * @param texts   the texts
     * @return their features, shape {@code (texts, LENGTH)}
     */
    NDArray rows(NDManager manager, List<String> texts) {
        float[] all = new float[texts.size() * SentimentFeatures.LENGTH];
        for (int i = 0; i < texts.size(); i++) {
            features.write(texts.get(i), all, i * SentimentFeatures.LENGTH);
        }
        return manager.create(all, new Shape(texts.size(), SentimentFeatures.LENGTH));
    }

    private static float clamp(float v) {
        return Float.isNaN(v) ? 0 : Math.max(-1, Math.min(1, v));
    }
}
