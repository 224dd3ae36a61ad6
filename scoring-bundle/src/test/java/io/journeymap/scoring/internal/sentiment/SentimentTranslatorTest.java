package io.journeymap.scoring.internal.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.metric.Metrics;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.translate.Batchifier;
import ai.djl.translate.TranslatorContext;
import io.journeymap.scoring.engine.DjlEngine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentimentTranslatorTest {

    private static final LexiconSentiment LEXICON = LexiconSentiment.of(Map.of("good", 1.9, "bad", -2.5));
    private static final SentimentFeatures FEATURES = new SentimentFeatures(LEXICON);
    private static final DjlEngine ENGINE = new DjlEngine("PyTorch", "test", DjlEngine.class.getClassLoader());

    @Test
    void theOutputBlendsTheNetworkWithTheCompoundAndStaysWithinMinusOneAndOne() {
        SentimentTranslator t = new SentimentTranslator(FEATURES, 0.25);
        assertThat(t.output(0.8f, 0.4f)).isCloseTo(0.25f * 0.8f + 0.75f * 0.4f, within(1e-7f));
        assertThat(new SentimentTranslator(FEATURES, 1).output(3f, 0f)).isEqualTo(1f);
        assertThat(new SentimentTranslator(FEATURES, 1).output(-3f, 0f)).isEqualTo(-1f);
        assertThat(new SentimentTranslator(FEATURES, 0).output(0.9f, -0.2f)).isEqualTo(-0.2f);
    }

    @Test
    void aNetworkOutputThatIsNotANumberFallsBackToTheCompound() {
        assertThat(new SentimentTranslator(FEATURES, 0.5).output(Float.NaN, 0.3f)).isEqualTo(0.3f);
    }

    @Test
    void aBlendOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new SentimentTranslator(FEATURES, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void batchesAreStacked() {
        assertThat(new SentimentTranslator(FEATURES, 1).getBatchifier()).isSameAs(Batchifier.STACK);
    }

    @Test
    void oneTextBecomesOneRowOfItsFeatures() throws Exception {
        ENGINE.call(() -> {
            try (NDManager manager = Engine.getEngine("PyTorch").newBaseManager()) {
                FakeContext ctx = new FakeContext(manager);
                NDList input = new SentimentTranslator(FEATURES, 1).processInput(ctx, "good food");
                NDArray row = input.singletonOrThrow();
                assertThat(row.getShape()).isEqualTo(new Shape(SentimentFeatures.LENGTH));
                assertThat(row.toFloatArray()).containsExactly(FEATURES.features("good food"));
            }
            return null;
        });
    }

    @Test
    void aBatchBecomesOneArrayOfRowsAndItsOutputsBlendTextByText() throws Exception {
        ENGINE.call(() -> {
            try (NDManager manager = Engine.getEngine("PyTorch").newBaseManager()) {
                FakeContext ctx = new FakeContext(manager);
                SentimentTranslator t = new SentimentTranslator(FEATURES, 0.5);
                NDArray rows = t.batchProcessInput(ctx, List.of("good", "bad", "plain")).singletonOrThrow();
                assertThat(rows.getShape()).isEqualTo(new Shape(3, SentimentFeatures.LENGTH));
                assertThat(rows.get(1).toFloatArray()).containsExactly(FEATURES.features("bad"));

                List<Float> out = t.batchProcessOutput(ctx, new NDList(manager.create(new float[] {0.2f, 0.2f, 0.2f},
                        new Shape(3, 1))));
                assertThat(out).hasSize(3);
                assertThat(out.get(0)).isCloseTo((float) (0.1 + 0.5 * LEXICON.compound("good")), within(1e-6f));
                assertThat(out.get(1)).isCloseTo((float) (0.1 + 0.5 * LEXICON.compound("bad")), within(1e-6f));
                assertThat(out.get(2)).isCloseTo(0.1f, within(1e-6f));
            }
            return null;
        });
    }

    /** Just enough of a context for the translator: a manager and attachments. */
    private static final class FakeContext implements TranslatorContext {

        private final NDManager manager;
        private final Map<String, Object> attachments = new HashMap<>();

        FakeContext(NDManager manager) {
            this.manager = manager;
        }

        @Override
        public Model getModel() {
            return null;
        }

        @Override
        public NDManager getNDManager() {
            return manager;
        }

        @Override
        public NDManager getPredictorManager() {
            return manager;
        }

        @Override
        public Block getBlock() {
            return null;
        }

        @Override
        public Metrics getMetrics() {
            return null;
        }

        @Override
        public Object getAttachment(String key) {
            return attachments.get(key);
        }

        @Override
        public void setAttachment(String key, Object value) {
            attachments.put(key, value);
        }

        @Override
        public void close() {
        }
    }
}
