package io.journeymap.journey.internal;

import io.journeymap.api.store.Transactions;
import io.journeymap.api.store.StoreException;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.journal.AppendResult;
import io.journeymap.api.journal.EventJournal;
import io.journeymap.api.journal.JournalRecord;
import io.journeymap.api.json.EventJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.sql.DataSource;

/**
 * The event journal in a JDBC table. Appends are group-committed by one writer thread, so
 * positions grow in commit order and a reader never skips a row that commits late.
 */
final class JdbcEventJournal implements EventJournal, AutoCloseable {

    private static final String[] EVENT_COLUMNS = {"source_key", "message_id", "received_at", "payload"};
    private static final String[] CHECKPOINT_COLUMNS = {"consumer", "position"};

    /** The rows of one append, serialised on the caller's thread so the writer only writes. */
    private record Rows(String[] sourceKeys, String[] messageIds, OffsetDateTime[] receivedAt, String[] payloads) {
        int size() {
            return payloads.length;
        }
    }

    private final DataSource dataSource;
    private final String insertEvent;
    private final String insertCheckpoint;
    private final GroupCommitWriter<Rows, AppendResult> writer;

    JdbcEventJournal(DataSource dataSource, SqlDialect dialect, int maxEventsPerCommit) {
        this.dataSource = dataSource;
        this.insertEvent = dialect.insertIfAbsent("journal_event", new String[] {"source_key", "message_id"}, EVENT_COLUMNS);
        this.insertCheckpoint = dialect.insertIfAbsent("journal_checkpoint", new String[] {"consumer"}, CHECKPOINT_COLUMNS);
        this.writer = new GroupCommitWriter<>("journeymap-journal-writer", this::writeGroup, Rows::size, maxEventsPerCommit);
    }

    @Override
    public CompletionStage<AppendResult> append(List<TouchpointEvent> events) {
        int n = events.size();
        Rows rows = new Rows(new String[n], new String[n], new OffsetDateTime[n], new String[n]);
        for (int i = 0; i < n; i++) {
            TouchpointEvent e = events.get(i);
            rows.sourceKeys()[i] = e.source().key();
            rows.messageIds()[i] = e.messageId();
            rows.receivedAt()[i] = utc(e.receivedAt());
            rows.payloads()[i] = EventJson.write(e);
        }
        return writer.submit(rows);
    }

    private List<AppendResult> writeGroup(List<Rows> group) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(insertEvent)) {
                for (Rows rows : group) {
                    for (int i = 0; i < rows.size(); i++) {
                        ps.setString(1, rows.sourceKeys()[i]);
                        ps.setString(2, rows.messageIds()[i]);
                        ps.setObject(3, rows.receivedAt()[i]);
                        ps.setString(4, rows.payloads()[i]);
                        ps.addBatch();
                    }
                }
                int[] counts = ps.executeBatch();
                c.commit();
                List<AppendResult> results = new ArrayList<>(group.size());
                int at = 0;
                for (Rows rows : group) {
                    int appended = 0;
                    for (int i = 0; i < rows.size(); i++) {
                        appended += counts[at++] > 0 ? 1 : 0;
                    }
                    results.add(new AppendResult(appended, rows.size() - appended));
                }
                return results;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw StoreException.of("journal append failed", e);
        }
    }

    @Override
    public int discard(List<TouchpointEvent> events, boolean keepAnonymousCount) {
        if (events.isEmpty()) {
            return 0;
        }
        return Transactions.inTransaction(dataSource, "journal discard", c -> {
            // counted events keep a stub, so a retry stays a duplicate and is not counted twice;
            // dropped ones leave nothing: a retry is dropped again, which changes nothing
            List<TouchpointEvent> changed = keepAnonymousCount ? AnonymousEvents.stubInJournal(c, events)
                    : AnonymousEvents.deleteFromJournal(c, events);
            if (keepAnonymousCount) {
                AnonymousEvents.count(c, changed, AnonymousEvents.CONSENT);
            }
            return changed.size();
        });
    }

    @Override
    public List<JournalRecord> readAfter(long afterPosition, int max) {
        String sql = "SELECT position, payload FROM journal_event WHERE position > ? ORDER BY position LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, afterPosition);
            ps.setInt(2, max);
            List<JournalRecord> records = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.add(new JournalRecord(rs.getLong(1), EventJson.read(rs.getString(2))));
                }
            }
            return records;
        } catch (SQLException e) {
            throw StoreException.of("journal read failed", e);
        }
    }

    @Override
    public long checkpoint(String consumer) {
        String sql = "SELECT position FROM journal_checkpoint WHERE consumer = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, consumer);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        } catch (SQLException e) {
            throw StoreException.of("checkpoint read failed", e);
        }
    }

    @Override
    public void commit(String consumer, long position) {
        String forward = "UPDATE journal_checkpoint SET position = ? WHERE consumer = ? AND position < ?";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement up = c.prepareStatement(forward)) {
                up.setLong(1, position);
                up.setString(2, consumer);
                up.setLong(3, position);
                if (up.executeUpdate() == 0) {
                    try (PreparedStatement ins = c.prepareStatement(insertCheckpoint)) {
                        ins.setString(1, consumer);
                        ins.setLong(2, position);
                        ins.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw StoreException.of("checkpoint commit failed", e);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public void close() {
        writer.close();
    }
}
