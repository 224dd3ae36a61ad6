package io.journeymap.connector.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InMemoryCheckpointStoreTest {

    @Test
    void keepsTheLatestValuePerKey() {
        CheckpointStore store = new InMemoryCheckpointStore();
        assertThat(store.get("hubspot/a/contacts")).isEmpty();
        store.put("hubspot/a/contacts", "1");
        store.put("hubspot/a/contacts", "2");
        store.put("hubspot/a/deals", "9");
        assertThat(store.get("hubspot/a/contacts")).contains("2");
        assertThat(store.get("hubspot/a/deals")).contains("9");
    }
}
