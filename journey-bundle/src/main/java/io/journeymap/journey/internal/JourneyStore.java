package io.journeymap.journey.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.journeymap.api.config.ConfigRules;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The journey store: a pooled DataSource on H2 or PostgreSQL with its schema migrated, and the
 * journal and timeline stores over it. Plain Java, so tests open it outside OSGi.
 */
public final class JourneyStore implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final JdbcEventJournal journal;
    private final JdbcTimelineStore timelines;

    private JourneyStore(HikariDataSource dataSource, SqlDialect dialect, int maxEventsPerCommit) {
        this.dataSource = dataSource;
        this.journal = new JdbcEventJournal(dataSource, dialect, maxEventsPerCommit);
        this.timelines = new JdbcTimelineStore(dataSource, dialect);
    }

    /**
     * Opens the store and migrates its schema.
     *
     * @param settings where and how
     * @return the open store
     */
    public static JourneyStore open(StoreSettings settings) {
        String url = ConfigRules.requireText("jdbc.url", settings.jdbcUrl());
        SqlDialect dialect = SqlDialect.forUrl(url);
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("journeymap-store");
        pool.setDataSource(driverDataSource(dialect, url, settings.user(), settings.password()));
        pool.setConnectionInitSql(dialect.sessionInitSql());
        pool.setMaximumPoolSize(ConfigRules.requireRange("jdbc.pool.size", settings.poolSize(), 2, 200));
        HikariDataSource ds = new HikariDataSource(pool);
        try {
            Flyway.configure(JourneyStore.class.getClassLoader())
                    .dataSource(ds)
                    .resourceProvider(new BundledMigrations())
                    .placeholders(java.util.Map.of("identityOptions", dialect.identityOptions()))
                    .table("journeymap_schema_history")
                    .load()
                    .migrate();
            return new JourneyStore(ds, dialect,
                    ConfigRules.requireRange("journal.commit.max.events", settings.maxEventsPerCommit(), 1, 1_000_000));
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    // The drivers' own DataSources: DriverManager cannot see drivers across OSGi class loaders.
    private static DataSource driverDataSource(SqlDialect dialect, String url, String user, String password) {
        return switch (dialect) {
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL(url);
                h2.setUser(user);
                h2.setPassword(password);
                yield h2;
            }
            case POSTGRESQL -> {
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setURL(url);
                pg.setUser(user);
                pg.setPassword(password);
                yield pg;
            }
        };
    }

    /** @return the event journal */
    public io.journeymap.api.journal.EventJournal journal() {
        return journal;
    }

    /** @return the timeline store */
    public io.journeymap.api.timeline.TimelineStore timelines() {
        return timelines;
    }

    /** @return the pooled data source, for tests that inspect tables */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        journal.close();
        dataSource.close();
    }
}
