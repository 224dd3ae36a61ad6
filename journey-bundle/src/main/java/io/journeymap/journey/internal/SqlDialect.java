package io.journeymap.journey.internal;

import io.journeymap.api.config.InvalidConfigurationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What H2 and PostgreSQL need told differently. Both insert a row only when its key is absent with
 * {@code INSERT ... ON CONFLICT DO NOTHING}: PostgreSQL natively, H2 in its PostgreSQL mode, set
 * on every pooled session. H2's standard MERGE USING did the same but collected its statement
 * dependencies again for every row of a batch: a sixth of all memory allocated under load.
 */
enum SqlDialect {
    H2 {
        // H2 accepts ON CONFLICT only without a conflict target; the key columns are then implied
        // by the table's unique constraints, which is what the callers name anyway.
        @Override
        String insertIfAbsent(String table, String[] keyColumns, String... columns) {
            return insert(table, columns) + " ON CONFLICT DO NOTHING";
        }

        @Override
        String sessionInitSql() {
            return "SET MODE PostgreSQL";
        }

        // H2 commits its sequence, writing every dirty page, whenever the cache runs out (default 32).
        // The cache is the database's, not a session's, and a restart resumes above every value
        // handed out, so positions keep growing in commit order.
        @Override
        String identityOptions() {
            return "(CACHE 1000000)";
        }
    },
    POSTGRESQL {
        @Override
        String insertIfAbsent(String table, String[] keyColumns, String... columns) {
            return insert(table, columns) + " ON CONFLICT (" + String.join(", ", keyColumns) + ") DO NOTHING";
        }

        @Override
        String sessionInitSql() {
            return null;
        }

        // PostgreSQL caches sequence values per session: with a cache, two pooled connections could
        // commit positions out of order and the journal reader would skip rows. Keep the default 1.
        @Override
        String identityOptions() {
            return "";
        }
    };

    /** @return SQL run once on each new pooled connection, or {@code null} */
    abstract String sessionInitSql();

    /** @return the sequence options of identity columns, as SQL */
    abstract String identityOptions();

    /**
     * @return a statement with one {@code ?} per column, in order, whose update count is 1 when the
     *     row was inserted and 0 when a row with the same key already existed
     */
    abstract String insertIfAbsent(String table, String[] keyColumns, String... columns);

    static SqlDialect forUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new InvalidConfigurationException("jdbc.url", "must start with jdbc:h2: or jdbc:postgresql:");
    }

    private static String insert(String table, String[] columns) {
        String names = String.join(", ", columns);
        String params = Arrays.stream(columns).map(c -> "?").collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + params + ")";
    }
}
