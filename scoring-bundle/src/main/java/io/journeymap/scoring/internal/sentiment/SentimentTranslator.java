package io.journeymap.scoring.internal.sentiment;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Text in, sentiment in [-1, 1] out. The input is the text's {@link SentimentFeatures} as a
 * {@code (LENGTH)} float row; the output blends the network's single output with the lexicon's
 * compound score, {@code blend * network + (1 - blend) * compound}, clamped to [-1, 1]. The blend
 * weight is chosen in training ({@link SentimentTraining}): it is what keeps the model from trusting
 * what it learned in one domain more than the lexicon's rules in another.
 *
 * <p>Batches are stacked along a first axis ({@link Batchifier#STACK}); a batch is written into one
 * array at once rather than one array per text and a stack.
 */
public final class SentimentTranslator implements Translator<String, Float> {

    private static final String COMPOUNDS = "compounds";

    private final SentimentFeatures features;
    private final float blend;

    /**
     * @param features the feature function the model was trained with
     * @param blend    the network's weight against the lexicon's compound, in [0, 1]
     */
    public SentimentTranslator(SentimentFeatures features, double blend) {
        if (!(blend >= 0 && blend <= 1)) {
            throw new IllegalArgumentException("blend outside [0, 1]: " + blend);
        }
        this.features = features;
        this.blend = (float) blend;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, String input) {
        float[] row = features.features(input);
        ctx.setAttachment(COMPOUNDS, new float[] {SentimentFeatures.compound(row, 0)});
        return new NDList(ctx.getNDManager().create(row));
    }

    @Override
    public Float processOutput(TranslatorContext ctx, NDList list) {
        float[] compounds = (float[]) ctx.getAttachment(COMPOUNDS);
        return output(list.singletonOrThrow().toFloatArray()[0], compounds[0]);
    }

    @Override
    public Batchifier getBatchifier() {
        return Batchifier.STACK;
    }

    @Override
    public NDList batchProcessInput(TranslatorContext ctx, List<String> inputs) {
        float[] all = new float[inputs.size() * SentimentFeatures.LENGTH];
        float[] compounds = new float[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            features.write(inputs.get(i), all, i * SentimentFeatures.LENGTH);
            compounds[i] = SentimentFeatures.compound(all, i * SentimentFeatures.LENGTH);
        }
        ctx.setAttachment(COMPOUNDS, compounds);
        return new NDList(ctx.getNDManager().create(all, new Shape(inputs.size(), SentimentFeatures.LENGTH)));
    }

    @Override
    public List<Float> batchProcessOutput(TranslatorContext ctx, NDList list) {
        float[] raw = list.singletonOrThrow().toFloatArray();
        float[] compounds = (float[]) ctx.getAttachment(COMPOUNDS);
        List<Float> out = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            out.add(output(raw[i], compounds[i]));
        }
        return out;
    }

    /**
     * @param network  the network's output for a text
     * @param compound the lexicon's compound score of the text
     * @return the blended score, clamped to [-1, 1]; the compound alone when the network's output is
     *         not a number
     */
    float output(float network, float compound) {
        float v = Float.isNaN(network) ? compound : blend * network + (1 - blend) * compound;
        return Math.max(-1, Math.min(1, v));
    }
}
