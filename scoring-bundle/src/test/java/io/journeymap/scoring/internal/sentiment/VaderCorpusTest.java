package io.journeymap.scoring.internal.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaderCorpusTest {

    @TempDir
    Path dir;

    @Test
    void aGroundTruthFileWithCrlfLineEndsReadsAsTextsWithValenceOfRatingOverFour() throws Exception {
        Path file = write("1\t2.0\tA fine day.\r\n2\t-4\tAwful\r\n\r\n3\t0.5\ttabs\tinside\r\n");
        List<LabelledText> texts = VaderCorpus.read(file);
        assertThat(texts).containsExactly(new LabelledText("A fine day.", 0.5), new LabelledText("Awful", -1),
                new LabelledText("tabs\tinside", 0.125));
    }

    @Test
    void aLineWithoutRatingAndTextIsRefusedWithItsLineNumber() throws Exception {
        Path file = write("1\t2.0\tfine\r\n2\tno tabs here\r\n");
        assertThatThrownBy(() -> VaderCorpus.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":2:");
    }

    @Test
    void aRatingOutsideMinusFourToFourIsRefused() throws Exception {
        Path file = write("1\t4.5\ttoo good\r\n");
        assertThatThrownBy(() -> VaderCorpus.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
    }

    @Test
    void corporaAreFoundByTheirShortName() {
        assertThat(VaderCorpus.byShortName("Tweets")).isEqualTo(VaderCorpus.TWEETS);
        assertThatThrownBy(() -> VaderCorpus.byShortName("imdb")).isInstanceOf(IllegalArgumentException.class);
    }

    private Path write(String content) throws Exception {
        Path file = dir.resolve("x_GroundTruth.txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
