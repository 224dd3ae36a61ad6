package io.journeymap.scoring.internal.serving;

import io.journeymap.scoring.internal.sentiment.LexiconSentiment;
import java.util.List;

/** The lexicon baseline as a scorer: serves until a trained version does. */
final class LexiconScorer implements TextScorer {

    /** The name scores record for it. */
    static final String MODEL = "vader-lexicon";

    private final LexiconSentiment lexicon;

    LexiconScorer(LexiconSentiment lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Double> score(List<String> texts) {
        return texts.stream().map(lexicon::compound).toList();
    }
}
