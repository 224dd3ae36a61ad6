package io.journeymap.identity.internal.graph;

import io.journeymap.api.store.Transactions;
import io.journeymap.api.store.StoreException;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.identity.IdentityGraph;
import io.journeymap.api.identity.IdentityResolver;
import io.journeymap.api.identity.MatchRunResult;
import io.journeymap.api.identity.MergeLogEntry;
import io.journeymap.api.identity.ProfileIdentity;
import io.journeymap.api.identity.ReviewItem;
import io.journeymap.api.identity.UnmergeResult;
import io.journeymap.identity.internal.normalize.IdentifierNormalizer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    private final ProbabilisticLinking linking;

    /**
     * @param dataSource the journey store
     * @param normalizer normalises identifiers before they are looked up or linked
     * @param rules      priorities and limits
     * @param linking    probabilistic matching: thresholds and whether it merges without review
     * @param clock      for timestamps
     */
    public JdbcIdentityGraph(DataSource dataSource, IdentifierNormalizer normalizer, IdentityRules rules,
            ProbabilisticLinking linking, Clock clock) {
        this.dataSource = dataSource;
        this.linking = linking;
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
                    Map<String, Map<String, String>> traits = new HashMap<>();
                    for (int i = 0; i < events.size(); i++) {
                        String profile = resolveOne(ids.get(i), events.get(i), state, changes);
                        profiles.add(profile);
                        Map<String, String> fields = PersonTraits.from(events.get(i).traits());
                        if (!fields.isEmpty()) {
                            traits.computeIfAbsent(profile, p -> new HashMap<>()).putAll(fields);
                        }
                    }
                    if (tables.write(c, state, changes)) {
                        Map<String, String> survivors = survivors(changes);
                        TraitsTable.upsert(c, currentOwners(traits, survivors), tables.now());
                        c.commit();
                        // an event resolved before a later event of the batch merged its profile away
                        // belongs to the survivor: its timeline row must go there
                        return profiles.stream().map(p -> current(p, survivors)).toList();
                    }
                    c.rollback();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                // a lost race can also surface as a deadlock, lock timeout or unique violation;
                // anything else will not cure itself by planning again
                if (!StoreException.isTransient(e)) {
                    throw StoreException.of("identity resolution failed", e);
                }
                last = e;
            }
        }
        throw StoreException.of("identity resolution did not settle after " + ATTEMPTS + " attempts", last);
    }

    /** @return absorbed profile to survivor, for the merges of a batch */
    private static Map<String, String> survivors(GraphChanges changes) {
        Map<String, String> mergedInto = new HashMap<>();
        for (GraphChanges.Merge m : changes.merges) {
            mergedInto.put(m.absorbed(), m.survivor());
        }
        return mergedInto;
    }

    private static String current(String profile, Map<String, String> survivors) {
        String p = profile;
        while (survivors.containsKey(p)) {
            p = survivors.get(p);
        }
        return p;
    }

    /** Traits gathered under a profile that a later event of the batch merged away belong to the survivor. */
    private static Map<String, Map<String, String>> currentOwners(Map<String, Map<String, String>> traits,
            Map<String, String> survivors) {
        Map<String, Map<String, String>> out = new HashMap<>();
        traits.forEach((profile, fields) -> out.computeIfAbsent(current(profile, survivors), k -> new HashMap<>())
                .putAll(fields));
        return out;
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
    public Optional<Identifier> normalize(Identifier identifier) {
        return normalizer.normalize(identifier);
    }

    @Override
    public Map<Identifier, ProfileIdentity> lookupAll(Collection<Identifier> normalised) {
        if (normalised.isEmpty()) {
            return Map.of();
        }
        return read(c -> {
            GraphState state = tables.load(c, normalised);
            Map<String, ProfileIdentity> profiles = new HashMap<>();
            Map<Identifier, ProfileIdentity> out = new HashMap<>();
            for (Identifier id : normalised) {
                String owner = state.owner(id);
                if (owner != null) {
                    out.put(id, profiles.computeIfAbsent(owner, p -> new ProfileIdentity(p, null,
                            new ArrayList<>(state.members(p)))));
                }
            }
            return out;
        });
    }

    @Override
    public List<String> profileHistory(String profileId) {
        return read(c -> tables.absorbedInto(c, profileId));
    }

    @Override
    public List<MergeLogEntry> mergeLog(String profileId) {
        return read(c -> tables.mergeLog(c, profileId));
    }

    @Override
    public UnmergeResult unmerge(String profileId, long mergeEntryId) {
        return inTransaction("unmerge", c -> new Unmerge(tables, normalizer, rules).run(c, profileId, mergeEntryId));
    }

    @Override
    public MatchRunResult matchProfiles() {
        return inTransaction("probabilistic matching", c -> linking.run(c, tables, rules));
    }

    @Override
    public List<ReviewItem> reviewQueue() {
        return read(ProbabilisticLinking::pending);
    }

    @Override
    public ReviewItem decideReview(long reviewId, boolean accept) {
        return inTransaction("review decision", c -> linking.decide(c, tables, rules, reviewId, accept));
    }

    private <T> T inTransaction(String what, Transactions.SqlWork<T> work) {
        return Transactions.inTransaction(dataSource, what, work);
    }

    private <T> T read(Transactions.SqlWork<T> query) {
        return Transactions.read(dataSource, "identity read", query);
    }
}
