package io.journeymap.api.store;

import java.sql.SQLException;

/**
 * A store-backed service could not reach or use its database. The message names the operation
 * and the SQL state only: drivers quote row values (identifiers, emails) in the messages of data
 * and constraint errors, so those causes are not kept at all, and nothing personal reaches a log
 * or a response through this exception.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sqlState;

    /**
     * @param message  what failed, without any value
     * @param sqlState the SQL state, or null
     * @param cause    the cause, or null when its message may quote values
     */
    protected StoreException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /**
     * @param what what failed, e.g. {@code journal append failed}; no values
     * @param e    the driver's exception
     * @return the exception to throw: message and SQL state, and the cause only when it cannot quote values
     */
    public static StoreException of(String what, SQLException e) {
        String state = e == null ? null : e.getSQLState();
        String message = what + (state == null ? "" : " (SQLState " + state + ")");
        // class 22 (data exception) and 23 (integrity constraint violation) messages quote the values
        boolean quotesValues = state != null && (state.startsWith("22") || state.startsWith("23"));
        return new StoreException(message, state, quotesValues ? null : e);
    }

    /**
     * @param e a driver's exception
     * @return true for the failures a retry can cure: serialization failures, deadlocks, lock
     *     timeouts (H2: HYT00, and 90131 for a concurrent update) and a unique key another writer took first
     */
    public static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("40") || state.equals("23505") || state.equals("55P03")
                || state.equals("HYT00") || state.equals("90131"));
    }

    /** @return the SQL state, or null */
    public String sqlState() {
        return sqlState;
    }
}
