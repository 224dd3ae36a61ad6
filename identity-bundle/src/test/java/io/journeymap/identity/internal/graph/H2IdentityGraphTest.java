package io.journeymap.identity.internal.graph;

import io.journeymap.journey.internal.StoreSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The identity graph on H2 in file mode, the embedded default. */
class H2IdentityGraphTest extends IdentityGraphContract {

    @TempDir
    Path dir;

    @Override
    protected StoreSettings freshDatabase() {
        return new StoreSettings("jdbc:h2:file:" + dir.resolve("store") + ";WRITE_DELAY=0", "sa", "", 4, 20000);
    }
}
