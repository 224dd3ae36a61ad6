package io.journeymap.consent.internal.ledger;

import io.journeymap.api.store.InLists;
import io.journeymap.api.consent.AuditEntry;
import io.journeymap.api.consent.AuditQuery;
import io.journeymap.api.consent.EnforcementPoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The enforcement audit log: what was withheld or permitted, where, and why. */
public final class AuditLog {

    private final Clock clock;

    /** @param clock for decision times */
    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    /** A decision to write; the subject is a profile id or a keyed hash, never an identifier. */
    public record Decision(EnforcementPoint point, String purpose, boolean permitted, String reason, String subject,
            String detail) {
    }

    /** Appends decisions. */
    public void write(Connection c, List<Decision> decisions) throws SQLException {
        if (decisions.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consent_audit (decided_at, point, purpose, permitted,"
                + " reason, subject, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Decision d : decisions) {
                ps.setObject(1, Sql.utc(clock.instant()));
                ps.setString(2, d.point().name());
                ps.setString(3, d.purpose());
                ps.setBoolean(4, d.permitted());
                ps.setString(5, Sql.clip(d.reason(), 500));
                ps.setString(6, Sql.clip(d.subject(), 80));
                ps.setString(7, Sql.clip(d.detail() == null ? "" : d.detail(), 300));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** @return matching entries, newest first */
    public List<AuditEntry> query(Connection c, AuditQuery q) throws SQLException {
        int limit = Math.max(1, Math.min(q.limit(), 10_000));
        if (q.subjects().isEmpty()) {
            return query(c, q, List.of(), limit);
        }
        // a person can have more names than one statement takes: query per chunk, merge, cut
        List<AuditEntry> all = new ArrayList<>();
        for (int from = 0; from < q.subjects().size(); from += InLists.CHUNK) {
            all.addAll(query(c, q, q.subjects().subList(from, Math.min(q.subjects().size(), from + InLists.CHUNK)), limit));
        }
        all.sort(java.util.Comparator.comparingLong(AuditEntry::entryId).reversed());
        return all.size() <= limit ? all : List.copyOf(all.subList(0, limit));
    }

    private List<AuditEntry> query(Connection c, AuditQuery q, List<String> subjects, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT entry_id, decided_at, point, purpose, permitted, reason, subject,"
                + " detail FROM consent_audit WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.point() != null) {
            sql.append(" AND point = ?");
            args.add(q.point().name());
        }
        if (q.purpose() != null) {
            sql.append(" AND purpose = ?");
            args.add(q.purpose());
        }
        if (!subjects.isEmpty()) {
            sql.append(" AND subject IN (").append(String.join(", ", java.util.Collections.nCopies(subjects.size(), "?")))
                    .append(")");
            args.addAll(subjects);
        }
        if (q.permitted() != null) {
            sql.append(" AND permitted = ?");
            args.add(q.permitted());
        }
        sql.append(" ORDER BY entry_id DESC LIMIT ?");
        args.add(limit);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), Sql.instant(rs, 2), EnforcementPoint.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
            return out;
        }
    }

    /** @return the person's audit entries, oldest first */
    public List<AuditEntry> ofSubjects(Connection c, Collection<String> subjects) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        InLists.query(c, "SELECT entry_id, decided_at, point, purpose, permitted, reason, subject, detail"
                + " FROM consent_audit WHERE subject IN ", "", List.copyOf(subjects), rs ->
                out.add(new AuditEntry(rs.getLong(1), Sql.instant(rs, 2), EnforcementPoint.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8))));
        out.sort(java.util.Comparator.comparingLong(AuditEntry::entryId));
        return out;
    }

    /** @return how many entries were deleted */
    public long erase(Connection c, Collection<String> subjects) throws SQLException {
        return InLists.update(c, "DELETE FROM consent_audit WHERE subject IN ", List.copyOf(subjects));
    }
}
