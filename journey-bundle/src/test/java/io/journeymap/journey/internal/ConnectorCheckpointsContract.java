package io.journeymap.journey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.api.connector.ConnectorCheckpoints;
import org.junit.jupiter.api.Test;

/** Connector checkpoints on every supported database. */
abstract class ConnectorCheckpointsContract {

    /** @return settings for a database that keeps its content across {@link JourneyStore#open} calls */
    protected abstract StoreSettings database() throws Exception;

    @Test
    void aKeyNeverStoredHasNoCheckpoint() throws Exception {
        try (JourneyStore store = JourneyStore.open(database())) {
            assertThat(JdbcConnectorCheckpoints.over(store.dataSource()).get("hubspot/acme/contacts")).isEmpty();
        }
    }

    @Test
    void aPutReplacesThePreviousValueOfItsKeyOnly() throws Exception {
        try (JourneyStore store = JourneyStore.open(database())) {
            ConnectorCheckpoints checkpoints = JdbcConnectorCheckpoints.over(store.dataSource());
            checkpoints.put("hubspot/acme/contacts", "{\"modifiedSince\":1}");
            checkpoints.put("hubspot/acme/deals", "{\"modifiedSince\":7}");
            checkpoints.put("hubspot/acme/contacts", "{\"modifiedSince\":2}");

            assertThat(checkpoints.get("hubspot/acme/contacts")).contains("{\"modifiedSince\":2}");
            assertThat(checkpoints.get("hubspot/acme/deals")).contains("{\"modifiedSince\":7}");
        }
    }

    @Test
    void aStoredCheckpointIsThereAfterTheStoreIsReopened() throws Exception {
        StoreSettings db = database();
        try (JourneyStore store = JourneyStore.open(db)) {
            JdbcConnectorCheckpoints.over(store.dataSource()).put("files/drop/offset", "4711");
        }
        try (JourneyStore reopened = JourneyStore.open(db)) {
            assertThat(JdbcConnectorCheckpoints.over(reopened.dataSource()).get("files/drop/offset")).contains("4711");
        }
    }

    @Test
    void anEmptyOrOverlongKeyIsRefused() throws Exception {
        try (JourneyStore store = JourneyStore.open(database())) {
            ConnectorCheckpoints checkpoints = JdbcConnectorCheckpoints.over(store.dataSource());
            assertThatThrownBy(() -> checkpoints.put("", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> checkpoints.get("k".repeat(ConnectorCheckpoints.MAX_KEY_LENGTH + 1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> checkpoints.put("k", null)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
