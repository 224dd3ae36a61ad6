package io.journeymap.itests;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same acknowledged-means-durable test with the assembly's journal and timelines on a real PostgreSQL. */
class PostgresCrashRecoveryKarafIT extends CrashRecoveryKarafIT {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    protected void configureStore(KarafAssembly karaf) throws Exception {
        karaf.setConfig("io.journeymap.journey", Map.of(
                "jdbc.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "jdbc.user", "postgres",
                "jdbc.password", "postgres"));
    }

    @Override
    protected String runName() {
        return "crash-recovery-postgres";
    }
}
