package io.journeymap.journey.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on H2 in file mode, the embedded default. */
class H2JourneyStoreTest extends JourneyStoreContract {

    @TempDir
    Path dir;

    @Override
    protected StoreSettings freshDatabase() {
        return new StoreSettings("jdbc:h2:file:" + dir.resolve("store") + ";WRITE_DELAY=0", "sa", "", 4, 20000);
    }
}
