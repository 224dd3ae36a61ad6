package io.journeymap.journey.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same store contract on a real PostgreSQL server started from Maven artifacts. */
class PostgresJourneyStoreIT extends JourneyStoreContract {

    private static EmbeddedPostgresStores postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgresStores.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    protected StoreSettings freshDatabase() throws Exception {
        return postgres.freshDatabase("journeymap", 4);
    }
}
