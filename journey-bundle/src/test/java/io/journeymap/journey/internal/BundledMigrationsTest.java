package io.journeymap.journey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundledMigrationsTest {

    @Test
    void everyMigrationScriptIsNamedSoFlywayFindsItInsideOsgiToo() throws Exception {
        // inside Karaf Flyway cannot scan the class path; a script missing from the list is never applied there
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", BundledMigrations.LOCATION))) {
            assertThat(BundledMigrations.SCRIPTS).containsExactlyInAnyOrderElementsOf(
                    files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).toList());
        }
    }
}
