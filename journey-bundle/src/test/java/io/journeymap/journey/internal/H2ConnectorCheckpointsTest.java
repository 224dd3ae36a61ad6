package io.journeymap.journey.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Connector checkpoints on H2 in file mode, the embedded default. */
class H2ConnectorCheckpointsTest extends ConnectorCheckpointsContract {

    @TempDir
    Path dir;

    @Override
    protected StoreSettings database() {
        return new StoreSettings("jdbc:h2:file:" + dir.resolve("store") + ";WRITE_DELAY=0", "sa", "", 2, 100);
    }
}
