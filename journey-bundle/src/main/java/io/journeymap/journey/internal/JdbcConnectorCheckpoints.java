package io.journeymap.journey.internal;

import io.journeymap.api.connector.ConnectorCheckpoints;
import io.journeymap.api.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Connector checkpoints in the shared store's {@code connector_checkpoint} table. A put is its own
 * committed transaction, so it is durable when it returns.
 */
@Component(service = ConnectorCheckpoints.class)
public class JdbcConnectorCheckpoints implements ConnectorCheckpoints {

    private static final String UPDATE = "UPDATE connector_checkpoint SET checkpoint = ?, updated_at = ? WHERE connector_key = ?";
    // Without a conflict target: the form both PostgreSQL and H2 (in its PostgreSQL mode) accept.
    private static final String INSERT = "INSERT INTO connector_checkpoint (checkpoint, updated_at, connector_key)"
            + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING";

    @Reference(target = "(journeymap.store=main)")
    private DataSource store;

    private Clock clock = Clock.systemUTC();

    /** For tests outside OSGi. */
    static JdbcConnectorCheckpoints over(DataSource store) {
        JdbcConnectorCheckpoints c = new JdbcConnectorCheckpoints();
        c.store = store;
        return c;
    }

    @Override
    public Optional<String> get(String key) {
        checkKey(key);
        return Transactions.read(store, "connector checkpoint read", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT checkpoint FROM connector_checkpoint WHERE connector_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void put(String key, String value) {
        checkKey(key);
        if (value == null) {
            throw new IllegalArgumentException("a checkpoint value is required");
        }
        Transactions.inTransaction(store, "connector checkpoint write", c -> {
            // Update first (the common case); insert when absent; and if another node inserted the
            // same key in between, the insert does nothing and the second update wins.
            if (write(c, UPDATE, key, value) == 0 && write(c, INSERT, key, value) == 0) {
                write(c, UPDATE, key, value);
            }
            return null;
        });
    }

    private int write(Connection c, String sql, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.setObject(2, clock.instant().atOffset(ZoneOffset.UTC));
            ps.setString(3, key);
            return ps.executeUpdate();
        }
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("a checkpoint key is 1 to " + MAX_KEY_LENGTH + " characters");
        }
    }
}
