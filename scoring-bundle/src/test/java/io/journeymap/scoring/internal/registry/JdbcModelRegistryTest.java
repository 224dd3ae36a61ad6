package io.journeymap.scoring.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.api.scoring.ModelStatus;
import io.journeymap.api.scoring.ModelVersion;
import io.journeymap.journey.internal.JourneyStore;
import io.journeymap.journey.internal.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcModelRegistryTest {

    @TempDir
    Path dir;

    private JourneyStore journey;
    private JdbcModelRegistry registry;

    @BeforeEach
    void open() {
        journey = JourneyStore.open(new StoreSettings("jdbc:h2:file:" + dir.resolve("s") + ";WRITE_DELAY=0", "sa", "", 2,
                1000));
        registry = new JdbcModelRegistry(journey.dataSource(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        journey.close();
    }

    private ModelVersion register(double pearson) {
        return registry.register("sentiment", Map.of("pearson", pearson), "vader:tweets", "sentiment-features/1", "");
    }

    @Test
    void versionsCountUpPerModelAndStartAsCandidates() {
        assertThat(register(0.5).version()).isEqualTo(1);
        ModelVersion second = register(0.6);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(ModelStatus.CANDIDATE);
        assertThat(second.metrics()).containsEntry("pearson", 0.6);
        assertThat(registry.serving("sentiment")).isEmpty();
    }

    @Test
    void promotingRetiresTheServingVersionAndRollbackServesItAgain() {
        register(0.5);
        register(0.6);
        registry.promote("sentiment", 1);
        registry.promote("sentiment", 2);
        assertThat(registry.serving("sentiment")).map(ModelVersion::version).contains(2);
        assertThat(registry.versions()).filteredOn(v -> v.version() == 1).first()
                .extracting(ModelVersion::status).isEqualTo(ModelStatus.RETIRED);

        assertThat(registry.rollback("sentiment").version()).isEqualTo(1);
        assertThat(registry.serving("sentiment")).map(ModelVersion::version).contains(1);
        assertThat(registry.versions().stream().filter(v -> v.status() == ModelStatus.SERVING)).hasSize(1);
    }

    @Test
    void aShadowIsNotServedAndTheServingVersionCannotShadow() {
        register(0.5);
        register(0.6);
        registry.promote("sentiment", 1);
        assertThat(registry.shadow("sentiment", 2).status()).isEqualTo(ModelStatus.SHADOW);
        assertThat(registry.serving("sentiment")).map(ModelVersion::version).contains(1);
        assertThatThrownBy(() -> registry.shadow("sentiment", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownVersionsAndAModelWithNothingToRollBackToAreRefusedByName() {
        assertThatThrownBy(() -> registry.promote("sentiment", 9)).hasMessageContaining("no version 9");
        register(0.5);
        registry.promote("sentiment", 1);
        assertThatThrownBy(() -> registry.rollback("sentiment")).hasMessageContaining("no earlier serving version");
    }

    @Test
    void anArtifactRoundTripsThroughTheStore() throws Exception {
        Path model = Files.createDirectories(dir.resolve("model"));
        Files.writeString(model.resolve("model.json"), "{\"features\":\"sentiment-features/1\"}");
        Files.write(model.resolve("sentiment-0000.params"), new byte[] {1, 2, 3, 4});
        ModelVersion v = registry.register("sentiment", Map.of(), "t", "f", ModelArtifacts.pack(model));
        Path back = ModelArtifacts.unpack(registry.artifact("sentiment", v.version()), dir.resolve("back"));
        assertThat(Files.readAllBytes(back.resolve("sentiment-0000.params"))).containsExactly(1, 2, 3, 4);
        assertThat(Files.readString(back.resolve("model.json"))).contains("sentiment-features/1");
    }
}
