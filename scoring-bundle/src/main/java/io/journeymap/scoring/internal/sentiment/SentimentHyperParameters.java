package io.journeymap.scoring.internal.sentiment;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import java.util.List;

/**
 * How a sentiment model is shaped and trained. The shape is all a saved model needs to rebuild its
 * block before its parameters are loaded, so it is saved with the model (in {@code model.json}).
 *
 * @param hidden       units of the one hidden layer (ReLU), or 0 for a linear model over the features
 * @param epochs       passes over the training texts
 * @param batchSize    texts per training step
 * @param learningRate Adam's step size
 * @param weightDecay  L2 penalty on every parameter, or {@link #CHOOSE} to choose it among
 *                     {@link #WEIGHT_DECAYS} by leave-one-corpus-out validation on the training corpora
 * @param blend        the network's weight against the lexicon's compound score in the final score,
 *                     in [0, 1], or {@link #CHOOSE} to choose it by leave-one-corpus-out
 *                     validation on the training corpora
 * @param seed         the engine's random seed and the shuffling's: the same seed, data and
 *                     parameters train the same model
 */
public record SentimentHyperParameters(int hidden, int epochs, int batchSize, float learningRate, float weightDecay,
        double blend, int seed) {

    /** The {@link #weightDecay} or {@link #blend} that asks training to choose it. */
    public static final float CHOOSE = -1;
    /** The weight decays training chooses among. */
    public static final List<Float> WEIGHT_DECAYS = List.of(0.0001f, 0.0003f, 0.001f);

    /** @throws IllegalArgumentException when a value is out of its range */
    public SentimentHyperParameters {
        if (hidden < 0 || epochs < 1 || batchSize < 1 || !(learningRate > 0)
                || !(weightDecay == CHOOSE || weightDecay >= 0) || !(blend == CHOOSE || (blend >= 0 && blend <= 1))) {
            throw new IllegalArgumentException("hyper-parameters out of range: hidden " + hidden + ", epochs " + epochs
                    + ", batch " + batchSize + ", learning rate " + learningRate + ", weight decay " + weightDecay
                    + ", blend " + blend);
        }
    }

    /** @return the defaults, chosen as described in {@link SentimentTraining} */
    public static SentimentHyperParameters defaults() {
        return new SentimentHyperParameters(0, 6, 64, 0.002f, CHOOSE, CHOOSE, 42);
    }

    /** @return the same, with another seed */
    public SentimentHyperParameters withSeed(int newSeed) {
        return new SentimentHyperParameters(hidden, epochs, batchSize, learningRate, weightDecay, blend, newSeed);
    }

    /** @return the same, with another number of epochs */
    public SentimentHyperParameters withEpochs(int newEpochs) {
        return new SentimentHyperParameters(hidden, newEpochs, batchSize, learningRate, weightDecay, blend, seed);
    }

    /** @return the same, with another weight decay */
    public SentimentHyperParameters withWeightDecay(float newWeightDecay) {
        return new SentimentHyperParameters(hidden, epochs, batchSize, learningRate, newWeightDecay, blend, seed);
    }

    /** @return the same, with another blend */
    public SentimentHyperParameters withBlend(double newBlend) {
        return new SentimentHyperParameters(hidden, epochs, batchSize, learningRate, weightDecay, newBlend, seed);
    }

    /** @return whether training chooses the weight decay or the blend */
    public boolean choosesSomething() {
        return weightDecay == CHOOSE || blend == CHOOSE;
    }

    /** @return a fresh, uninitialised block of this shape: input {@code (batch, LENGTH)}, output {@code (batch, 1)} */
    public Block block() {
        SequentialBlock block = new SequentialBlock();
        if (hidden > 0) {
            block.add(Linear.builder().setUnits(hidden).build());
            block.add(Activation.reluBlock());
        }
        block.add(Linear.builder().setUnits(1).build());
        return block;
    }
}
