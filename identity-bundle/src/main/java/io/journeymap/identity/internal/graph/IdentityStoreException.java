package io.journeymap.identity.internal.graph;

import java.sql.SQLException;

/**
 * The identity graph's store failed; the pipeline retries the batch. Built only through
 * {@link #of}, so that no identifier reaches a log through it: databases quote the offending
 * values in data and constraint errors (H2: "Value too long ... 'ann@...'", "... VALUES ('ann@...')"),
 * so for those classes only the SQLState is kept and the driver's exception is not attached.
 */
public final class IdentityStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private IdentityStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    static IdentityStoreException of(String what, SQLException e) {
        String state = e == null ? null : e.getSQLState();
        String message = what + (state == null ? "" : " (SQLState " + state + ")");
        boolean quotesValues = state != null && (state.startsWith("22") || state.startsWith("23"));
        return new IdentityStoreException(message, quotesValues ? null : e);
    }

    /**
     * @return true for the failures a retry can cure: serialization failures, deadlocks, lock
     *     timeouts (H2: HYT00, and 90131 for a concurrent update) and a unique key another writer took first
     */
    static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("40") || state.equals("23505") || state.equals("55P03")
                || state.equals("HYT00") || state.equals("90131"));
    }
}
