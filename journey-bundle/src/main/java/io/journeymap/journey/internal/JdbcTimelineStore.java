package io.journeymap.journey.internal;

import io.journeymap.api.store.StoreException;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.json.EventJson;
import io.journeymap.api.timeline.TimelineEntry;
import io.journeymap.api.timeline.TimelineStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Profile timelines in a JDBC table, keyed by the event's (source, messageId). A row holds the
 * profile, time and type; the event itself is read from the journal's event store, where it was
 * stored once when accepted (or, in cluster mode, when the pipeline read it from Kafka).
 */
final class JdbcTimelineStore implements TimelineStore {

    private static final String[] COLUMNS = {
        "source_key", "message_id", "profile_id", "event_time", "event_type"};
    private static final String TIMELINE = "SELECT j.payload FROM timeline_event t JOIN journal_event j"
            + " ON j.source_key = t.source_key AND j.message_id = t.message_id"
            + " WHERE t.profile_id = ? ORDER BY t.event_time, t.seq LIMIT ?";

    private final DataSource dataSource;
    private final String insert;

    JdbcTimelineStore(DataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.insert = dialect.insertIfAbsent("timeline_event", new String[] {"source_key", "message_id"}, COLUMNS);
    }

    @Override
    public int add(List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                for (TimelineEntry entry : entries) {
                    TouchpointEvent e = entry.event();
                    ps.setString(1, e.source().key());
                    ps.setString(2, e.messageId());
                    ps.setString(3, entry.profileId());
                    ps.setObject(4, JdbcEventJournal.utc(e.timestamp()));
                    ps.setString(5, e.type().wireName());
                    ps.addBatch();
                }
                int added = 0;
                for (int count : ps.executeBatch()) {
                    added += count > 0 ? 1 : 0;
                }
                c.commit();
                return added;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw StoreException.of("timeline append failed", e);
        }
    }

    @Override
    public List<TimelineEntry> timeline(String profileId, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(TIMELINE)) {
            ps.setString(1, profileId);
            ps.setInt(2, limit);
            List<TimelineEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new TimelineEntry(profileId, EventJson.read(rs.getString(1))));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw StoreException.of("timeline read failed", e);
        }
    }

    @Override
    public long count(String profileId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM timeline_event WHERE profile_id = ?")) {
            ps.setString(1, profileId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw StoreException.of("timeline count failed", e);
        }
    }
}
