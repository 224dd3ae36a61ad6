package io.journeymap.journey.internal.map;

import io.journeymap.api.journey.JourneyChange;
import io.journeymap.api.journey.MapQuery;
import io.journeymap.api.store.InLists;
import io.journeymap.api.store.Transactions;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The map's tables: buckets, cursors, the updater's state row and the feed of changes. Only the
 * lease holder writes buckets and cursors, so an update is read–merge–write without row locks; the
 * state row's owner check in the same transaction fences a holder that lost its lease.
 */
final class MapStore {

    /** A timeline row to fold. */
    record TimelineRow(long seq, String profileId, String payload) {
    }

    /** The updater's durable position. */
    record State(long checkpoint, long watermark, String gaps) {
    }

    private static final String ROWS = "SELECT t.seq, t.profile_id, j.payload FROM timeline_event t JOIN journal_event j"
            + " ON j.source_key = t.source_key AND j.message_id = t.message_id";

    private final DataSource dataSource;

    MapStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes or renews the lease.
     *
     * @return whether this node holds it now
     */
    boolean lease(String owner, long nowMillis, long leaseMillis) {
        return Transactions.inTransaction(dataSource, "journey map lease", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE journey_map_state SET owner = ?, lease_until = ?"
                    + " WHERE id = 1 AND (owner = ? OR owner IS NULL OR lease_until < ?)")) {
                ps.setString(1, owner);
                ps.setLong(2, nowMillis + leaseMillis);
                ps.setString(3, owner);
                ps.setLong(4, nowMillis);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Gives the lease up, so another node need not wait for it to expire. */
    void release(String owner) {
        Transactions.inTransaction(dataSource, "journey map lease release", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE journey_map_state SET owner = NULL, lease_until = 0 WHERE id = 1 AND owner = ?")) {
                ps.setString(1, owner);
                return ps.executeUpdate();
            }
        });
    }

    State state() {
        return Transactions.read(dataSource, "journey map state", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT checkpoint, watermark, gaps FROM journey_map_state WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new State(rs.getLong(1), rs.getLong(2), rs.getString(3));
            }
        });
    }

    long latestTimelineSeq() {
        return Transactions.read(dataSource, "timeline position", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(seq) FROM timeline_event");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    List<TimelineRow> rowsAfter(long seq, int max) {
        return Transactions.read(dataSource, "timeline read", c -> {
            try (PreparedStatement ps = c.prepareStatement(ROWS + " WHERE t.seq > ? ORDER BY t.seq LIMIT ?")) {
                ps.setLong(1, seq);
                ps.setInt(2, max);
                return rows(ps);
            }
        });
    }

    List<TimelineRow> rowsBetween(long fromSeq, long toSeq) {
        return Transactions.read(dataSource, "timeline read", c -> {
            try (PreparedStatement ps = c.prepareStatement(ROWS + " WHERE t.seq BETWEEN ? AND ? ORDER BY t.seq")) {
                ps.setLong(1, fromSeq);
                ps.setLong(2, toSeq);
                return rows(ps);
            }
        });
    }

    private static List<TimelineRow> rows(PreparedStatement ps) throws SQLException {
        List<TimelineRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new TimelineRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return rows;
    }

    Map<String, JourneyCursor> cursors(Collection<String> profileIds) {
        Map<String, JourneyCursor> found = new HashMap<>();
        if (profileIds.isEmpty()) {
            return found;
        }
        Transactions.read(dataSource, "journey cursor read", c -> {
            InLists.query(c, "SELECT profile_id, state, touched_at FROM journey_cursor WHERE profile_id IN ", "",
                    List.copyOf(profileIds), rs -> found.put(rs.getString(1), cursor(rs)));
            return null;
        });
        return found;
    }

    /**
     * @return open journeys whose last touch is before {@code beforeMillis} (event time) and that
     *     nothing was folded into since {@code untouchedSince} (wall time), oldest first
     */
    List<JourneyCursor> quietSince(long beforeMillis, long untouchedSince, int max) {
        return Transactions.read(dataSource, "journey cursor scan", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT profile_id, state, touched_at FROM journey_cursor"
                    + " WHERE is_open = TRUE AND last_time < ? AND touched_at < ? ORDER BY last_time LIMIT ?")) {
                ps.setLong(1, beforeMillis);
                ps.setLong(2, untouchedSince);
                ps.setInt(3, max);
                List<JourneyCursor> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(cursor(rs));
                    }
                }
                return out;
            }
        });
    }

    private static JourneyCursor cursor(ResultSet rs) throws SQLException {
        JourneyCursor c = JourneyCursor.read(rs.getString(1), Base64.getDecoder().decode(rs.getString(2)));
        c.touchedMillis = rs.getLong(3);
        return c;
    }

    long openJourneys() {
        return Transactions.read(dataSource, "journey cursor count", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM journey_cursor WHERE is_open = TRUE");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Merges the delta into the stored buckets, writes the cursors and moves the checkpoint, in
     * one transaction, only while {@code owner} holds the lease.
     *
     * @return false when the lease was lost (nothing was written)
     */
    boolean flush(String owner, MapDelta delta, Collection<JourneyCursor> cursors, State next) {
        return Transactions.inTransaction(dataSource, "journey map flush", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE journey_map_state SET checkpoint = ?, watermark = ?,"
                    + " gaps = ? WHERE id = 1 AND owner = ?")) {
                ps.setLong(1, next.checkpoint());
                ps.setLong(2, next.watermark());
                ps.setString(3, next.gaps());
                ps.setString(4, owner);
                if (ps.executeUpdate() != 1) {
                    c.rollback();
                    return false;
                }
            }
            mergeBuckets(c, delta);
            writeCursors(c, cursors);
            return true;
        });
    }

    private static void mergeBuckets(Connection c, MapDelta delta) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement read = c.prepareStatement("SELECT payload FROM journey_bucket WHERE segment = ? AND bucket_day = ?");
                PreparedStatement update = c.prepareStatement(
                        "UPDATE journey_bucket SET payload = ?, updated_at = ? WHERE segment = ? AND bucket_day = ?");
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO journey_bucket (payload, updated_at, segment, bucket_day) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<MapDelta.BucketKey, DayBucket> e : delta.buckets().entrySet()) {
                read.setString(1, e.getKey().segment());
                read.setDate(2, Date.valueOf(e.getKey().day()));
                DayBucket merged = e.getValue();
                boolean exists = false;
                try (ResultSet rs = read.executeQuery()) {
                    if (rs.next()) {
                        exists = true;
                        merged = BucketCodec.read(Base64.getDecoder().decode(rs.getString(1))).merge(e.getValue());
                    }
                }
                PreparedStatement write = exists ? update : insert;
                write.setString(1, Base64.getEncoder().encodeToString(BucketCodec.write(merged)));
                write.setObject(2, now);
                write.setString(3, e.getKey().segment());
                write.setDate(4, Date.valueOf(e.getKey().day()));
                write.executeUpdate();
            }
        }
    }

    private static void writeCursors(Connection c, Collection<JourneyCursor> cursors) throws SQLException {
        if (cursors.isEmpty()) {
            return;
        }
        List<String> ids = cursors.stream().map(x -> x.profileId).toList();
        InLists.update(c, "DELETE FROM journey_cursor WHERE profile_id IN ", ids);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO journey_cursor (profile_id, is_open, last_time, touched_at, state) VALUES (?, ?, ?, ?, ?)")) {
            for (JourneyCursor cursor : cursors) {
                ps.setString(1, cursor.profileId);
                ps.setBoolean(2, cursor.open);
                ps.setLong(3, cursor.lastMillis);
                ps.setLong(4, cursor.touchedMillis);
                ps.setString(5, Base64.getEncoder().encodeToString(cursor.write()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * @param query a range and segment
     * @return the buckets of the range merged, empty when there are none
     */
    DayBucket merged(MapQuery query) {
        return merged(query, key -> true);
    }

    /**
     * @param query   a range and segment
     * @param digests which digests the question needs
     * @return the buckets of the range merged, empty when there are none
     */
    DayBucket merged(MapQuery query, java.util.function.Predicate<String> digests) {
        return Transactions.read(dataSource, "journey map read", c -> {
            DayBucket merged = new DayBucket();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT payload FROM journey_bucket WHERE segment = ? AND bucket_day BETWEEN ? AND ?")) {
                ps.setString(1, SegmentDimensions.storedKey(query.segment()));
                ps.setDate(2, Date.valueOf(query.from()));
                ps.setDate(3, Date.valueOf(query.to()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        merged.merge(BucketCodec.read(Base64.getDecoder().decode(rs.getString(1)), digests));
                    }
                }
            }
            return merged;
        });
    }

    List<String> segments() {
        return Transactions.read(dataSource, "journey map segments", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT segment FROM journey_bucket");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** @return the cursor rows of these profiles, for export */
    Map<String, JourneyCursor> cursorsOf(Collection<String> profileIds) {
        return cursors(profileIds);
    }

    long eraseCursors(Collection<String> profileIds) {
        return Transactions.inTransaction(dataSource, "journey cursor erase",
                c -> InLists.update(c, "DELETE FROM journey_cursor WHERE profile_id IN ", List.copyOf(profileIds)));
    }

    /**
     * Appends changes to the feed, skipping any whose segment, metric, subject and direction were
     * reported for a current window ending on or after {@code since}.
     *
     * @return the changes appended, with their feed positions
     */
    List<JourneyChange> append(List<JourneyChange> changes, LocalDate since) {
        return Transactions.inTransaction(dataSource, "journey change append", c -> {
            List<JourneyChange> added = new ArrayList<>();
            try (PreparedStatement seen = c.prepareStatement("SELECT baseline_value, current_value FROM journey_change"
                    + " WHERE segment = ? AND metric = ? AND subject = ? AND current_to >= ?");
                    PreparedStatement insert = c.prepareStatement("INSERT INTO journey_change (detected_at, segment,"
                            + " metric, subject, baseline_from, baseline_to, current_from, current_to, baseline_value,"
                            + " current_value, effect_size, p_value, q_value, baseline_count, current_count)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                for (JourneyChange ch : changes) {
                    if (reported(seen, ch, since)) {
                        continue;
                    }
                    insert.setObject(1, OffsetDateTime.ofInstant(ch.detectedAt(), ZoneOffset.UTC));
                    insert.setString(2, ch.segment());
                    insert.setString(3, ch.metric());
                    insert.setString(4, ch.subject());
                    insert.setDate(5, Date.valueOf(ch.baselineFrom()));
                    insert.setDate(6, Date.valueOf(ch.baselineTo()));
                    insert.setDate(7, Date.valueOf(ch.currentFrom()));
                    insert.setDate(8, Date.valueOf(ch.currentTo()));
                    insert.setDouble(9, ch.baseline());
                    insert.setDouble(10, ch.current());
                    insert.setDouble(11, ch.effectSize());
                    insert.setDouble(12, ch.pValue());
                    insert.setDouble(13, ch.qValue());
                    insert.setLong(14, ch.baselineCount());
                    insert.setLong(15, ch.currentCount());
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        added.add(ch.withId(keys.getLong(1)));
                    }
                }
            }
            return added;
        });
    }

    private static boolean reported(PreparedStatement seen, JourneyChange ch, LocalDate since) throws SQLException {
        seen.setString(1, ch.segment());
        seen.setString(2, ch.metric());
        seen.setString(3, ch.subject());
        seen.setDate(4, Date.valueOf(since));
        try (ResultSet rs = seen.executeQuery()) {
            while (rs.next()) {
                if ((rs.getDouble(2) > rs.getDouble(1)) == ch.increased()) {
                    return true;
                }
            }
        }
        return false;
    }

    List<JourneyChange> changes(long afterId, int limit) {
        return Transactions.read(dataSource, "journey change read", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, detected_at, segment, metric, subject, baseline_from,"
                    + " baseline_to, current_from, current_to, baseline_value, current_value, effect_size, p_value, q_value,"
                    + " baseline_count, current_count FROM journey_change WHERE id > ? ORDER BY id LIMIT ?")) {
                ps.setLong(1, afterId);
                ps.setInt(2, limit);
                List<JourneyChange> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new JourneyChange(rs.getLong(1), instant(rs.getObject(2, OffsetDateTime.class)),
                                rs.getString(3), rs.getString(4), rs.getString(5), date(rs.getDate(6)), date(rs.getDate(7)),
                                date(rs.getDate(8)), date(rs.getDate(9)), rs.getDouble(10), rs.getDouble(11),
                                rs.getDouble(12), rs.getDouble(13), rs.getDouble(14), rs.getLong(15), rs.getLong(16)));
                    }
                }
                return out;
            }
        });
    }

    private static Instant instant(OffsetDateTime t) {
        return t.toInstant();
    }

    private static LocalDate date(Date d) {
        return d.toLocalDate();
    }

}
