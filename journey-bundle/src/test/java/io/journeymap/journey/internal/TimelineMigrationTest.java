package io.journeymap.journey.internal;

import static io.journeymap.journey.internal.StoreFixtures.track;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.json.EventJson;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store created at schema V1, with timelines that still carry payloads, upgrades without loss. */
class TimelineMigrationTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void timelineEventsThatWereNeverJournaledMoveIntoTheEventStore() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store") + ";WRITE_DELAY=0";
        Flyway.configure(getClass().getClassLoader()).dataSource(url, "sa", "")
                .resourceProvider(new BundledMigrations()).placeholders(Map.of("identityOptions", ""))
                .table("journeymap_schema_history").target("1").load().migrate();
        TouchpointEvent journaled = track("m1", "u1", Instant.parse("2026-11-01T10:00:00Z"));
        TouchpointEvent kafkaOnly = track("m2", "u1", Instant.parse("2026-11-02T10:00:00Z"));
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            insertV1Journal(c, journaled);
            insertV1Timeline(c, journaled);
            insertV1Timeline(c, kafkaOnly);
        }

        try (JourneyStore store = JourneyStore.open(new StoreSettings(url, "sa", "", 2, 100))) {
            assertThat(store.timelines().timeline("u1", 10)).extracting(e -> e.event().messageId())
                    .containsExactly("m1", "m2");
            assertThat(store.journal().readAfter(0, 10)).extracting(r -> r.event().messageId())
                    .containsExactly("m1", "m2");
            try (Connection c = store.dataSource().getConnection();
                    ResultSet rs = c.getMetaData().getColumns(null, null, "TIMELINE_EVENT", "PAYLOAD")) {
                assertThat(rs.next()).as("timeline_event.payload dropped").isFalse();
            }
        }
    }

    private static void insertV1Journal(Connection c, TouchpointEvent e) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO journal_event (source_key, message_id, received_at, payload) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, e.source().key());
            ps.setString(2, e.messageId());
            ps.setObject(3, e.receivedAt().atOffset(ZoneOffset.UTC));
            ps.setString(4, EventJson.write(e));
            ps.executeUpdate();
        }
    }

    private static void insertV1Timeline(Connection c, TouchpointEvent e) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO timeline_event"
                + " (source_key, message_id, profile_id, event_time, event_type, payload) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, e.source().key());
            ps.setString(2, e.messageId());
            ps.setString(3, e.userId());
            ps.setObject(4, e.timestamp().atOffset(ZoneOffset.UTC));
            ps.setString(5, e.type().wireName());
            ps.setString(6, EventJson.write(e));
            ps.executeUpdate();
        }
    }
}
