package io.journeymap.api.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Statements over many keys as {@code ... IN (?, ?, ...)} in chunks, so a person with thousands of
 * identifiers or a large batch never exceeds what a driver takes in one statement.
 */
public final class InLists {

    /** The most keys in one statement. */
    public static final int CHUNK = 200;

    /** Reads one row. */
    @FunctionalInterface
    public interface RowHandler {
        /**
         * @param rs positioned on a row
         * @throws SQLException when reading fails
         */
        void row(ResultSet rs) throws SQLException;
    }

    private InLists() {
    }

    /**
     * Runs {@code prefix (?, ?, ...) suffix} over the values in chunks.
     *
     * @param c       the connection
     * @param prefix  the statement up to the list, e.g. {@code SELECT ... WHERE id IN }
     * @param suffix  what follows the list, often empty
     * @param values  the keys
     * @param handler called for every row
     * @throws SQLException when the store fails
     */
    public static void query(Connection c, String prefix, String suffix, List<?> values, RowHandler handler)
            throws SQLException {
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<?> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
            try (PreparedStatement ps = prepare(c, prefix, suffix, chunk); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    /**
     * Runs {@code prefix (?, ?, ...)} as an update over the values in chunks.
     *
     * @param c      the connection
     * @param prefix the statement up to the list, e.g. {@code DELETE FROM t WHERE id IN }
     * @param values the keys
     * @return the rows changed
     * @throws SQLException when the store fails
     */
    public static long update(Connection c, String prefix, List<?> values) throws SQLException {
        long n = 0;
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<?> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
            try (PreparedStatement ps = prepare(c, prefix, "", chunk)) {
                n += ps.executeUpdate();
            }
        }
        return n;
    }

    private static PreparedStatement prepare(Connection c, String prefix, String suffix, List<?> chunk)
            throws SQLException {
        PreparedStatement ps = c.prepareStatement(prefix + "(" + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                + ")" + suffix);
        for (int i = 0; i < chunk.size(); i++) {
            ps.setObject(i + 1, chunk.get(i));
        }
        return ps;
    }
}
