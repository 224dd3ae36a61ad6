package io.journeymap.scoring.internal.serving;

import io.journeymap.scoring.internal.sentiment.SentimentModel;
import java.util.List;

/** A registered sentiment version, loaded through DJL, as a scorer. */
final class DjlSentimentScorer implements TextScorer {

    private final SentimentModel model;
    private final String version;

    DjlSentimentScorer(SentimentModel model, String version) {
        this.model = model;
        this.version = version;
    }

    @Override
    public String model() {
        return SentimentLifecycle.MODEL;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<Double> score(List<String> texts) throws Exception {
        return model.predict(texts);
    }

    @Override
    public void close() {
        model.close();
    }
}
