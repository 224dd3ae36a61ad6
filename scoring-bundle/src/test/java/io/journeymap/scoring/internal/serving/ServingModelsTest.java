package io.journeymap.scoring.internal.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServingModelsTest {

    static class Fixed implements TextScorer {
        final String version;
        final double value;
        boolean closed;

        Fixed(String version, double value) {
            this.version = version;
            this.value = value;
        }

        @Override
        public String model() {
            return "sentiment";
        }

        @Override
        public String version() {
            return version;
        }

        @Override
        public List<Double> score(List<String> texts) {
            return texts.stream().map(t -> value).toList();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aBatchThatTookTheOldVersionKeepsItUntilItIsDoneThenItIsClosed() throws Exception {
        ServingModels serving = new ServingModels();
        Fixed one = new Fixed("1", 0.1);
        Fixed two = new Fixed("2", 0.2);
        serving.serve(one);
        ServingModels.Lease batch = serving.acquire().orElseThrow();
        serving.serve(two);

        assertThat(one.closed).as("still in use by the batch").isFalse();
        assertThat(batch.scorer().score(List.of("x"))).containsExactly(0.1);
        batch.close();
        assertThat(one.closed).isTrue();
        try (ServingModels.Lease next = serving.acquire().orElseThrow()) {
            assertThat(next.scorer().version()).isEqualTo("2");
        }
        assertThat(serving.describe()).contains("sentiment 2");
        serving.close();
        assertThat(two.closed).isTrue();
        assertThat(serving.acquire()).isEmpty();
    }
}
