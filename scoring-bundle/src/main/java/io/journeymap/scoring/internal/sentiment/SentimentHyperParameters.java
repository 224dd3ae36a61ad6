package io.journeymap.scoring.internal.sentiment;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;

/**
 * How a sentiment model is shaped and trained. The shape is all a saved model needs to rebuild its
 * block before its parameters are loaded, so it is saved with the model (in {@code model.json}).
 *
 * @param hidden       units of the one hidden layer (ReLU), or 0 for a linear model over the features
 * @param epochs       passes over the training texts
 * @param batchSize    texts per training step
 * @param learningRate Adam's step size
 * @param weightDecay  L2 penalty on every parameter
 * @param seed         the engine's random seed and the shuffling's: the same seed, data and
 *                     parameters train the same model
 */
public record SentimentHyperParameters(int hidden, int epochs, int batchSize, float learningRate, float weightDecay,
        int seed) {

    /** @throws IllegalArgumentException when a value is out of its range */
    public SentimentHyperParameters {
        if (hidden < 0 || epochs < 1 || batchSize < 1 || !(learningRate > 0) || !(weightDecay >= 0)) {
            throw new IllegalArgumentException("hyper-parameters out of range: hidden " + hidden + ", epochs " + epochs
                    + ", batch " + batchSize + ", learning rate " + learningRate + ", weight decay " + weightDecay);
        }
    }

    /** @return the defaults, chosen as described in {@link SentimentTraining} */
    public static SentimentHyperParameters defaults() {
        return new SentimentHyperParameters(0, 8, 64, 0.002f, 0.0001f, 42);
    }

    /** @return the same, with another seed */
    public SentimentHyperParameters withSeed(int newSeed) {
        return new SentimentHyperParameters(hidden, epochs, batchSize, learningRate, weightDecay, newSeed);
    }

    /** @return the same, with another number of epochs */
    public SentimentHyperParameters withEpochs(int newEpochs) {
        return new SentimentHyperParameters(hidden, newEpochs, batchSize, learningRate, weightDecay, seed);
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
