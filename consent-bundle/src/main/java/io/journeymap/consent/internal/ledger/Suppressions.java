package io.journeymap.consent.internal.ledger;

import io.journeymap.api.store.InLists;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Identifiers (as keyed hashes) whose events are dropped at ingest: for good after an erasure that
 * asked for suppression, and, after every erasure, those received before it (fences).
 */
public final class Suppressions {

    private final Clock clock;

    /** @param clock for suppression times */
    public Suppressions(Clock clock) {
        this.clock = clock;
    }

    /** Suppresses subjects for good; idempotent, and turns a fence into a suppression. */
    public void add(Connection c, Collection<String> subjects) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consent_suppression (subject, suppressed_at)"
                + " VALUES (?, ?) ON CONFLICT DO NOTHING");
                PreparedStatement permanent = c.prepareStatement(
                        "UPDATE consent_suppression SET received_before = NULL WHERE subject = ?")) {
            for (String s : subjects) {
                ps.setString(1, s);
                ps.setObject(2, Sql.utc(clock.instant()));
                ps.addBatch();
                permanent.setString(1, s);
                permanent.addBatch();
            }
            ps.executeBatch();
            permanent.executeBatch();
        }
    }

    /**
     * Fences subjects: their events received before {@code erasedAt} are dropped. A suppression
     * stays a suppression; a fence only moves forward.
     */
    public void fence(Connection c, Collection<String> subjects, Instant erasedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consent_suppression (subject, suppressed_at,"
                + " received_before) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
                PreparedStatement later = c.prepareStatement("UPDATE consent_suppression SET received_before = ?"
                        + " WHERE subject = ? AND received_before IS NOT NULL AND received_before < ?")) {
            for (String s : subjects) {
                ps.setString(1, s);
                ps.setObject(2, Sql.utc(clock.instant()));
                ps.setObject(3, Sql.utc(erasedAt));
                ps.addBatch();
                later.setObject(1, Sql.utc(erasedAt));
                later.setString(2, s);
                later.setObject(3, Sql.utc(erasedAt));
                later.addBatch();
            }
            ps.executeBatch();
            later.executeBatch();
        }
    }

    /**
     * @return per suppressed or fenced subject among these: {@link Instant#MAX} when suppressed for
     *     good, else the time before which its events were received by an erased person
     */
    public Map<String, Instant> suppressed(Connection c, Collection<String> subjects) throws SQLException {
        Map<String, Instant> out = new HashMap<>();
        InLists.query(c, "SELECT subject, received_before FROM consent_suppression WHERE subject IN ", "",
                List.copyOf(subjects), rs -> {
                    Instant before = Sql.instant(rs, 2);
                    out.put(rs.getString(1), before == null ? Instant.MAX : before);
                });
        return out;
    }
}
