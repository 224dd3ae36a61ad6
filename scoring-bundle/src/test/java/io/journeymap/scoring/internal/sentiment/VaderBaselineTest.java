package io.journeymap.scoring.internal.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lexicon baseline on the real VADER corpora lands on the reference figures of the datasets'
 * README (measured with the reference implementation and the current lexicon).
 */
class VaderBaselineTest {

    private static Path vader;
    private static LexiconSentiment lexicon;

    @BeforeAll
    static void readLexicon() throws Exception {
        vader = VaderData.dirOrAbort();
        lexicon = LexiconSentiment.load(vader.resolve(VaderCorpus.LEXICON_FILE));
    }

    @Test
    void theLexiconHasEveryToken() {
        assertThat(lexicon.size()).isGreaterThan(7000);
    }

    @Test
    void everyCorpusReadsWithItsSentenceCount() throws Exception {
        assertThat(VaderCorpus.TWEETS.readFrom(vader)).hasSize(4200);
        assertThat(VaderCorpus.AMAZON.readFrom(vader)).hasSize(3708);
        assertThat(VaderCorpus.MOVIES.readFrom(vader)).hasSize(10605);
        assertThat(VaderCorpus.NYT.readFrom(vader)).hasSize(5190);
    }

    @Test
    void theBaselineReproducesTheReferenceFiguresOnEveryCorpus() throws Exception {
        assertFigures(VaderCorpus.TWEETS, 0.872, 0.877);
        assertFigures(VaderCorpus.AMAZON, 0.590, 0.608);
        assertFigures(VaderCorpus.MOVIES, 0.428, 0.580);
        assertFigures(VaderCorpus.NYT, 0.503, 0.548);
    }

    private static void assertFigures(VaderCorpus corpus, double pearson, double f1) throws Exception {
        List<LabelledText> texts = corpus.readFrom(vader);
        SentimentEvaluation.Metrics m = SentimentEvaluation.evaluate(
                texts.stream().map(t -> lexicon.compound(t.text())).toList(), texts);
        assertThat(m.pearson()).as(corpus + " Pearson r").isCloseTo(pearson, within(0.005));
        assertThat(m.f1()).as(corpus + " weighted F1").isCloseTo(f1, within(0.005));
    }

    /** Where the datasets are, or an aborted test saying why not. */
    static final class VaderData {

        private VaderData() {
        }

        static Path dirOrAbort() {
            String dir = System.getProperty("vader.dir");
            if (dir == null) {
                Assumptions.abort("system property vader.dir is not set (surefire sets it to ../shared/datasets/vader)");
            }
            Path path = Path.of(dir);
            if (!Files.isRegularFile(path.resolve(VaderCorpus.LEXICON_FILE))) {
                Assumptions.abort("VADER datasets absent: no " + VaderCorpus.LEXICON_FILE + " in " + path.toAbsolutePath());
            }
            return path;
        }
    }
}
