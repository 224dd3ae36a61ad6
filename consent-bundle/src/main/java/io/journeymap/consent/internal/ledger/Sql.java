package io.journeymap.consent.internal.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

/** The few JDBC habits the consent tables share. Written once for H2 (PostgreSQL mode) and PostgreSQL. */
final class Sql {

    static final int CHUNK = 200;

    private Sql() {
    }

    @FunctionalInterface
    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    /** Runs {@code prefix (?, ?, ...) suffix} over the values in chunks. */
    static void forChunks(Connection c, String prefix, String suffix, List<?> values, RowHandler handler)
            throws SQLException {
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<?> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
            String sql = prefix + "(" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")" + suffix;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setObject(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        handler.row(rs);
                    }
                }
            }
        }
    }

    /** Runs {@code prefix (?, ?, ...)} as an update over the values in chunks. */
    static long updateChunks(Connection c, String prefix, List<?> values) throws SQLException {
        long n = 0;
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<?> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
            String sql = prefix + "(" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setObject(i + 1, chunk.get(i));
                }
                n += ps.executeUpdate();
            }
        }
        return n;
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Cuts a text to the column's width and drops NUL characters, which PostgreSQL text cannot hold. */
    static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = s.indexOf('\0') < 0 ? s : s.replace("\0", "");
        return t.length() <= max ? t : t.substring(0, max);
    }
}
