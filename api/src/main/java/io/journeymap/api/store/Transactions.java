package io.journeymap.api.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The one way store-backed services run JDBC work: a transaction that commits or rolls back, failures as {@link StoreException}. */
public final class Transactions {

    /**
     * Work on a connection.
     *
     * @param <T> what it returns
     */
    @FunctionalInterface
    public interface SqlWork<T> {
        /**
         * @param c the connection
         * @return the result
         * @throws SQLException when the store fails
         */
        T apply(Connection c) throws SQLException;
    }

    private Transactions() {
    }

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws.
     *
     * @param dataSource the store
     * @param what       what the work does, for the error (no values), e.g. {@code unmerge}
     * @param work       the work
     * @param <T>        what it returns
     * @return the work's result
     * @throws StoreException when the store fails
     */
    public static <T> T inTransaction(DataSource dataSource, String what, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw StoreException.of(what + " failed", e);
        }
    }

    /**
     * Runs a read on a connection of its own, outside a transaction.
     *
     * @param dataSource the store
     * @param what       what the read does, for the error (no values)
     * @param query      the read
     * @param <T>        what it returns
     * @return the read's result
     * @throws StoreException when the store fails
     */
    public static <T> T read(DataSource dataSource, String what, SqlWork<T> query) {
        try (Connection c = dataSource.getConnection()) {
            return query.apply(c);
        } catch (SQLException e) {
            throw StoreException.of(what + " failed", e);
        }
    }
}
