package io.journeymap.journey.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for store tests (started from the Maven artifact, no Docker) that hands out a
 * fresh database per test. Shared by the journey store's and the identity graph's tests.
 */
public final class EmbeddedPostgresStores implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final AtomicInteger databases = new AtomicInteger();

    private EmbeddedPostgresStores(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** @return a started server */
    public static EmbeddedPostgresStores start() throws IOException {
        return new EmbeddedPostgresStores(EmbeddedPostgres.builder().start());
    }

    /**
     * @param prefix   the new database's name prefix
     * @param poolSize the store's pool size
     * @return settings for a new, empty database
     */
    public StoreSettings freshDatabase(String prefix, int poolSize) throws SQLException {
        String db = prefix + "_" + databases.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        return new StoreSettings("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + db, "postgres", "postgres",
                poolSize, 20000);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
