package io.journeymap.journey.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Connector checkpoints on a real PostgreSQL server started from Maven artifacts. */
class PostgresConnectorCheckpointsIT extends ConnectorCheckpointsContract {

    private static EmbeddedPostgresStores postgres;
    private StoreSettings database;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgresStores.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void freshDatabase() throws Exception {
        database = postgres.freshDatabase("checkpoints", 2);
    }

    @Override
    protected StoreSettings database() {
        return database;
    }
}
