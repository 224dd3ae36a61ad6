package io.journeymap.scoring.internal.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentimentModelInfoTest {

    @TempDir
    Path dir;

    @Test
    void modelJsonReadsBackAsWritten() throws Exception {
        SentimentModelInfo info = new SentimentModelInfo(SentimentFeatures.SCHEMA,
                new SentimentHyperParameters(0, 6, 64, 0.002f, 0.001f, 0.75, 42), "chosen by hand",
                List.of("amazon", "movies"), 123, Map.of("pearson", 0.5, "f1", 0.6), 4567);
        info.write(dir);
        assertThat(SentimentModelInfo.read(dir)).isEqualTo(info);
        assertThat(info.trainedOnLabel()).isEqualTo("vader:amazon,movies");
    }

    @Test
    void aFileInAnotherFormatIsRefused() throws Exception {
        Files.writeString(dir.resolve(SentimentModelInfo.FILE), "{\"format\":\"something-else\"}");
        assertThatThrownBy(() -> SentimentModelInfo.read(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SentimentModelInfo.FORMAT);
    }

    @Test
    void hyperParametersOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new SentimentHyperParameters(0, 0, 64, 0.002f, 0.001f, 1, 42))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SentimentHyperParameters(0, 6, 64, 0.002f, 0.001f, 1.2, 42))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SentimentHyperParameters.defaults().choosesSomething()).isTrue();
    }
}
