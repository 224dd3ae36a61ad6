package io.journeymap.scoring.internal.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.journeymap.scoring.engine.DjlEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trains on small slices of two real corpora, saves, loads through {@code Criteria} and predicts
 * on a third corpus the model never saw.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SentimentTrainingTest {

    private static final DjlEngine ENGINE = new DjlEngine("PyTorch", "test", DjlEngine.class.getClassLoader());
    private static final int SLICE = 800;

    @TempDir
    static Path tmp;

    private LexiconSentiment lexicon;
    private Map<String, List<LabelledText>> corpora;
    private List<LabelledText> heldOut;
    private Path modelDir;
    private SentimentModelInfo info;
    private SentimentModel model;

    @BeforeAll
    void trainOnce() throws Exception {
        Path vader = VaderBaselineTest.VaderData.dirOrAbort();
        lexicon = LexiconSentiment.load(vader.resolve(VaderCorpus.LEXICON_FILE));
        corpora = new LinkedHashMap<>();
        corpora.put("amazon", VaderCorpus.AMAZON.readFrom(vader).subList(0, SLICE));
        corpora.put("movies", VaderCorpus.MOVIES.readFrom(vader).subList(0, SLICE));
        heldOut = VaderCorpus.TWEETS.readFrom(vader).subList(0, 500);
        modelDir = tmp.resolve("model");
        info = SentimentTraining.train(ENGINE, lexicon, corpora, heldOut, SentimentHyperParameters.defaults(), modelDir);
        model = SentimentModel.load(ENGINE, modelDir);
    }

    @AfterAll
    void closeModel() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void theModelDirectoryHoldsParametersModelJsonAndTheLexicon() throws Exception {
        assertThat(modelDir.resolve("sentiment-0000.params")).isRegularFile();
        assertThat(modelDir.resolve(SentimentModelInfo.FILE)).isRegularFile();
        assertThat(LexiconSentiment.load(modelDir.resolve(SentimentModel.LEXICON_FILE)).size()).isEqualTo(lexicon.size());
        SentimentModelInfo saved = SentimentModelInfo.read(modelDir);
        assertThat(saved).isEqualTo(info);
        assertThat(saved.features()).isEqualTo(SentimentFeatures.SCHEMA);
        assertThat(saved.trainedOn()).containsExactly("amazon", "movies");
        assertThat(saved.trainingTexts()).isEqualTo(2 * SLICE);
        assertThat(saved.hyperParameters().choosesSomething()).isFalse();
        assertThat(saved.hyperParameters().weightDecay()).isIn(SentimentHyperParameters.WEIGHT_DECAYS.toArray());
        assertThat(saved.selection()).startsWith("leave-one-corpus-out over amazon, movies");
    }

    @Test
    void predictionsOnAnUnseenCorpusCorrelatePositivelyWithTheLabels() throws Exception {
        List<Double> predicted = model.predict(texts(heldOut));
        assertThat(predicted).hasSize(heldOut.size()).allSatisfy(p -> assertThat(p).isBetween(-1.0, 1.0));
        SentimentEvaluation.Metrics m = SentimentEvaluation.evaluate(predicted, heldOut);
        assertThat(m.pearson()).isGreaterThan(0.5);
        assertThat(info.metrics().get("pearson")).isCloseTo(m.pearson(), within(1e-9));
        assertThat(info.metrics().get("f1")).isCloseTo(m.f1(), within(1e-9));
    }

    @Test
    void theSameSeedTrainsTheSamePredictions() throws Exception {
        SentimentHyperParameters fixed = info.hyperParameters();
        SentimentTraining.train(ENGINE, lexicon, corpora, List.of(), fixed, tmp.resolve("again"));
        try (SentimentModel again = SentimentModel.load(ENGINE, tmp.resolve("again"))) {
            assertThat(again.predict(texts(heldOut))).containsExactlyElementsOf(model.predict(texts(heldOut)));
        }
    }

    @Test
    void predictionsFromSeveralThreadsAtOnceAreThoseOfOneThread() throws Exception {
        List<String> texts = texts(heldOut);
        List<Double> alone = model.predict(texts);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Double>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int from = i * 50;
                runs.add(pool.submit(() -> model.predict(texts.subList(from, from + 100))));
            }
            for (int i = 0; i < runs.size(); i++) {
                assertThat(runs.get(i).get()).containsExactlyElementsOf(alone.subList(i * 50, i * 50 + 100));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneTextScoresAsInABatch() throws Exception {
        List<String> texts = texts(heldOut).subList(0, 5);
        List<Double> batch = model.predict(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(model.predict(List.of(texts.get(i))).get(0)).isCloseTo(batch.get(i), within(1e-6));
        }
        assertThat(model.predict(List.of())).isEmpty();
    }

    @Test
    void aModelOfAnotherFeatureSchemaIsRefused() throws Exception {
        Path other = tmp.resolve("other-schema");
        Files.createDirectories(other);
        try (var files = Files.list(modelDir)) {
            for (Path f : files.toList()) {
                Files.copy(f, other.resolve(f.getFileName()));
            }
        }
        Path json = other.resolve(SentimentModelInfo.FILE);
        Files.writeString(json, Files.readString(json).replace(SentimentFeatures.SCHEMA, "sentiment-features/0"));
        assertThatThrownBy(() -> SentimentModel.load(ENGINE, other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sentiment-features/0");
    }

    @Test
    void aClosedModelRefusesToPredict() throws Exception {
        SentimentModel loaded = SentimentModel.load(ENGINE, modelDir, 1);
        loaded.close();
        loaded.close();
        assertThatThrownBy(() -> loaded.predict(List.of("good"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSingleCorpusTrainsTheNetworkAloneWithoutChoosing() throws Exception {
        Map<String, List<LabelledText>> one = Map.of("amazon", corpora.get("amazon").subList(0, 200));
        SentimentModelInfo single = SentimentTraining.train(ENGINE, lexicon, one, List.of(),
                SentimentHyperParameters.defaults().withEpochs(2), tmp.resolve("single"));
        assertThat(single.hyperParameters().blend()).isEqualTo(1);
        assertThat(single.hyperParameters().weightDecay()).isEqualTo(SentimentTraining.SINGLE_CORPUS_WEIGHT_DECAY);
        assertThat(single.metrics()).isEmpty();
    }

    private static List<String> texts(List<LabelledText> labelled) {
        return labelled.stream().map(LabelledText::text).toList();
    }
}
