package io.journeymap.consent.internal.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Identifiers (as keyed hashes) whose events are dropped at ingest after an erasure asked for it. */
public final class Suppressions {

    private final Clock clock;

    /** @param clock for suppression times */
    public Suppressions(Clock clock) {
        this.clock = clock;
    }

    /** Adds subjects; idempotent. */
    public void add(Connection c, Collection<String> subjects) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO consent_suppression (subject, suppressed_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (String s : subjects) {
                ps.setString(1, s);
                ps.setObject(2, Sql.utc(clock.instant()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** @return the subjects among these that are suppressed */
    public Set<String> suppressed(Connection c, Collection<String> subjects) throws SQLException {
        Set<String> out = new HashSet<>();
        Sql.forChunks(c, "SELECT subject FROM consent_suppression WHERE subject IN ", "", List.copyOf(subjects),
                rs -> out.add(rs.getString(1)));
        return out;
    }
}
