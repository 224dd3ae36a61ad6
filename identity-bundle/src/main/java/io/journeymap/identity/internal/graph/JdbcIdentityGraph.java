package io.journeymap.identity.internal.graph;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.identity.IdentityGraph;
import io.journeymap.api.identity.IdentityResolver;
import io.journeymap.api.identity.MergeLogEntry;
import io.journeymap.api.identity.ProfileIdentity;
import io.journeymap.api.identity.UnmergeResult;
import io.journeymap.identity.internal.normalize.IdentifierNormalizer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The identity graph in the journey store. A batch is resolved in one transaction: load the part
 * of the graph its identifiers touch, plan every event in order, write the changes. The primary
 * key on (value, type) makes "one identifier, one profile" hold across threads and nodes: a
 * writer that loses the race to link a new identifier rolls back and plans again against what the
 * winner committed.
 */
public final class JdbcIdentityGraph implements IdentityResolver, IdentityGraph {

    private static final int ATTEMPTS = 8;

    private final DataSource dataSource;
    private final IdentifierNormalizer normalizer;
    private final IdentityRules rules;
    private final ResolutionPlanner planner;
    private final GraphTables tables;

    /**
     * @param dataSource the journey store
     * @param normalizer normalises identifiers before they are looked up or linked
     * @param rules      priorities and limits
     * @param clock      for timestamps
     */
    public JdbcIdentityGraph(DataSource dataSource, IdentifierNormalizer normalizer, IdentityRules rules, Clock clock) {
        this.dataSource = dataSource;
        this.normalizer = normalizer;
        this.rules = rules;
        this.planner = new ResolutionPlanner(rules, ProfileIds::next);
        this.tables = new GraphTables(clock);
    }

    @Override
    public List<String> resolve(List<TouchpointEvent> events) {
        List<List<Identifier>> ids = new ArrayList<>(events.size());
        Set<Identifier> all = new LinkedHashSet<>();
        for (TouchpointEvent e : events) {
            List<Identifier> normalised = normalizer.normalize(e.identifiers()).identifiers();
            ids.add(normalised);
            all.addAll(normalised);
        }
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    GraphState state = tables.load(c, all);
                    GraphChanges changes = new GraphChanges();
                    List<String> profiles = new ArrayList<>(events.size());
                    for (int i = 0; i < events.size(); i++) {
                        profiles.add(resolveOne(ids.get(i), events.get(i), state, changes));
                    }
                    if (tables.write(c, changes)) {
                        c.commit();
                        return profiles;
                    }
                    c.rollback();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                // a lost race on PostgreSQL can also surface as a serialization or unique violation
                last = e;
            }
        }
        throw new IdentityStoreException("identity resolution did not settle after " + ATTEMPTS + " attempts", last);
    }

    /** An event whose identifiers were all rejected still gets a profile: its own, the same on redelivery. */
    private String resolveOne(List<Identifier> ids, TouchpointEvent e, GraphState state, GraphChanges changes) {
        if (ids.isEmpty()) {
            String own = "p-" + UUID.nameUUIDFromBytes((e.source().key() + "\n" + e.messageId())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            changes.newProfiles.add(own);
            return own;
        }
        return planner.resolve(ids, EventRef.of(e), state, changes);
    }

    @Override
    public Optional<ProfileIdentity> lookup(Identifier identifier) {
        Optional<Identifier> normalised = normalizer.normalize(identifier);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        return read(c -> {
            Optional<String> owner = tables.ownerOf(c, normalised.get());
            return owner.isEmpty() ? Optional.empty() : tables.profile(c, owner.get(), rules);
        });
    }

    @Override
    public Optional<ProfileIdentity> profile(String profileId) {
        return read(c -> {
            Optional<String> current = tables.current(c, profileId);
            return current.isEmpty() ? Optional.empty() : tables.profile(c, current.get(), rules);
        });
    }

    @Override
    public List<MergeLogEntry> mergeLog(String profileId) {
        return read(c -> tables.mergeLog(c, profileId));
    }

    @Override
    public UnmergeResult unmerge(String profileId, long mergeEntryId) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                UnmergeResult result = new Unmerge(tables, normalizer, rules).run(c, profileId, mergeEntryId);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IdentityStoreException("unmerge failed: " + e.getMessage(), e);
        }
    }

    private <T> T read(SqlFunction<T> query) {
        try (Connection c = dataSource.getConnection()) {
            return query.apply(c);
        } catch (SQLException e) {
            throw new IdentityStoreException("identity read failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface SqlFunction<T> {
        T apply(Connection c) throws SQLException;
    }
}
