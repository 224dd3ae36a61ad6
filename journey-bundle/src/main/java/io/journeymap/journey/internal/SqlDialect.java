package io.journeymap.journey.internal;

import io.journeymap.api.config.InvalidConfigurationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The few statements that H2 and PostgreSQL spell differently: inserting a row only when its key
 * is absent. PostgreSQL's ON CONFLICT is safe under concurrent writers; H2 gets the standard MERGE
 * (its ON CONFLICT needs a compatibility mode), with typed parameters so H2 can plan it.
 */
enum SqlDialect {
    H2 {
        @Override
        String insertIfAbsent(String table, String[] keyColumns, Column... columns) {
            String names = names(columns, "");
            String on = Arrays.stream(keyColumns).map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
            String typed = Arrays.stream(columns).map(c -> "CAST(? AS " + c.sqlType() + ")").collect(Collectors.joining(", "));
            return "MERGE INTO " + table + " t USING (VALUES (" + typed + ")) s(" + names + ") ON " + on
                    + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES (" + names(columns, "s.") + ")";
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
        String insertIfAbsent(String table, String[] keyColumns, Column... columns) {
            String params = Arrays.stream(columns).map(c -> "?").collect(Collectors.joining(", "));
            return "INSERT INTO " + table + " (" + names(columns, "") + ") VALUES (" + params
                    + ") ON CONFLICT (" + String.join(", ", keyColumns) + ") DO NOTHING";
        }

        // PostgreSQL caches sequence values per session: with a cache, two pooled connections could
        // commit positions out of order and the journal reader would skip rows. Keep the default 1.
        @Override
        String identityOptions() {
            return "";
        }
    };

    /** @return the sequence options of identity columns, as SQL */
    abstract String identityOptions();

    /** A column and its SQL type, as written in the migration. */
    record Column(String name, String sqlType) {
    }

    /**
     * @return a statement with one {@code ?} per column, in order, whose update count is 1 when the
     *     row was inserted and 0 when a row with the same key already existed
     */
    abstract String insertIfAbsent(String table, String[] keyColumns, Column... columns);

    static SqlDialect forUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new InvalidConfigurationException("jdbc.url", "must start with jdbc:h2: or jdbc:postgresql:");
    }

    private static String names(Column[] columns, String prefix) {
        return Arrays.stream(columns).map(c -> prefix + c.name()).collect(Collectors.joining(", "));
    }
}
