package io.journeymap.identity.internal.graph;

import io.journeymap.api.store.InLists;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.identity.MergeLogEntry;
import io.journeymap.api.identity.ProfileIdentity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The SQL of the identity graph, written once for H2 (in PostgreSQL mode) and PostgreSQL.
 * Identifiers are looked up by value in chunks, which the (value, type) primary key serves.
 */
final class GraphTables {

    private static final int CHUNK = 200;

    private final Clock clock;

    GraphTables(Clock clock) {
        this.clock = clock;
    }

    /** Loads the owners of {@code ids}, every identifier of those owners, and their separations. */
    GraphState load(Connection c, Collection<Identifier> ids) throws SQLException {
        GraphState state = new GraphState();
        Set<String> owners = new HashSet<>();
        Set<Identifier> wanted = new HashSet<>(ids);
        List<String> values = ids.stream().map(Identifier::value).distinct().toList();
        forChunks(c, "SELECT id_value, id_type, profile_id FROM identity_link WHERE id_value IN ", values, rs -> {
            Identifier id = identifier(rs.getString(2), rs.getString(1));
            if (id != null && wanted.contains(id)) {
                owners.add(rs.getString(3));
            }
        });
        Map<String, Integer> counts = new HashMap<>();
        forChunks(c, "SELECT id_value, id_type, profile_id FROM identity_link WHERE profile_id IN ",
                List.copyOf(owners), rs -> {
                    counts.merge(rs.getString(3), 1, Integer::sum);
                    Identifier id = identifier(rs.getString(2), rs.getString(1));
                    if (id != null) {
                        state.load(id, rs.getString(3));
                    }
                });
        counts.forEach(state::loadedLinkCount);
        forChunks(c, "SELECT profile_id, other_id FROM identity_separation WHERE profile_id IN ",
                List.copyOf(owners), rs -> state.loadSeparation(rs.getString(1), rs.getString(2)));
        forChunks(c, "SELECT profile_id, other_id FROM identity_separation WHERE other_id IN ",
                List.copyOf(owners), rs -> state.loadSeparation(rs.getString(1), rs.getString(2)));
        return state;
    }

    /**
     * Writes a batch's changes in order.
     *
     * @return false when another writer linked one of the new identifiers first: roll back and plan again
     */
    boolean write(Connection c, GraphState state, GraphChanges changes) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (!lockUnchanged(c, state, changes)) {
            return false;
        }
        if (!changes.newProfiles.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO identity_profile (profile_id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (String p : changes.newProfiles) {
                    ps.setString(1, p);
                    ps.setObject(2, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!changes.links.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO identity_link (id_type, id_value, profile_id,"
                    + " origin_id, linked_at, source_key, message_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (GraphChanges.Link l : changes.links) {
                    ps.setString(1, l.identifier().type().wireName());
                    ps.setString(2, l.identifier().value());
                    ps.setString(3, l.profileId());
                    ps.setString(4, l.profileId());
                    ps.setObject(5, now);
                    ps.setString(6, l.evidence().sourceKey());
                    ps.setString(7, l.evidence().messageId());
                    ps.addBatch();
                }
                for (int n : ps.executeBatch()) {
                    if (n == 0) {
                        return false;
                    }
                }
            }
        }
        for (GraphChanges.Merge m : changes.merges) {
            moveProfile(c, m.absorbed(), m.survivor());
            log(c, now, MergeLogEntry.Decision.MERGED, m.survivor(), m.absorbed(), "linked-by-event", m.evidence(),
                    m.event(), null);
        }
        for (GraphChanges.Refusal r : changes.refusals) {
            log(c, now, MergeLogEntry.Decision.REFUSED, r.profileId(), r.other(), r.rule(), r.evidence(), r.event(),
                    r.refusalKey());
        }
        return true;
    }

    /**
     * Locks the existing profiles this batch links identifiers to or merges, in one order (so two
     * writers cannot deadlock), and checks none was merged away since the batch was planned: a
     * writer on another node may have merged it. New identifiers racing for the same key are
     * caught by the key itself; this catches a merge racing with a link or another merge.
     *
     * @return false when the plan is stale: roll back and plan again
     */
    private static boolean lockUnchanged(Connection c, GraphState state, GraphChanges changes) throws SQLException {
        SortedSet<String> touched = new TreeSet<>();
        changes.links.forEach(l -> touched.add(l.profileId()));
        changes.merges.forEach(m -> {
            touched.add(m.survivor());
            touched.add(m.absorbed());
        });
        touched.removeAll(changes.newProfiles);
        if (!lockLive(c, touched)) {
            return false;
        }
        // Locked and live, but another writer may have linked to one of them between our load and
        // our lock (the limits were judged on what we loaded): the counts tell.
        Map<String, Integer> now = new HashMap<>();
        forChunks(c, "SELECT profile_id FROM identity_link WHERE profile_id IN ", List.copyOf(touched),
                rs -> now.merge(rs.getString(1), 1, Integer::sum));
        for (String p : touched) {
            Integer loaded = state.loadedLinkCount(p);
            if (loaded != null && !loaded.equals(now.getOrDefault(p, 0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Locks profiles in sorted order ({@code FOR UPDATE}).
     *
     * @return true when every one exists and none was merged away
     */
    static boolean lockLive(Connection c, Collection<String> profiles) throws SQLException {
        if (profiles.isEmpty()) {
            return true;
        }
        List<String> ids = List.copyOf(new TreeSet<>(profiles));
        int live = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String sql = "SELECT profile_id, merged_into FROM identity_profile WHERE profile_id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") ORDER BY profile_id FOR UPDATE";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        live += rs.getString(2) == null ? 1 : 0;
                    }
                }
            }
        }
        return live == ids.size();
    }

    static void moveProfile(Connection c, String from, String to) throws SQLException {
        update(c, "UPDATE identity_link SET profile_id = ? WHERE profile_id = ?", to, from);
        // what an admin kept apart from the absorbed profile stays apart from what it became part of
        update(c, "INSERT INTO identity_separation (profile_id, other_id) SELECT ?, other_id FROM identity_separation"
                + " WHERE profile_id = ? ON CONFLICT DO NOTHING", to, from);
        update(c, "INSERT INTO identity_separation (profile_id, other_id) SELECT profile_id, ? FROM identity_separation"
                + " WHERE other_id = ? ON CONFLICT DO NOTHING", to, from);
        TraitsTable.merge(c, to, from);
        update(c, "UPDATE timeline_event SET profile_id = ? WHERE profile_id = ?", to, from);
        update(c, "UPDATE identity_profile SET merged_into = ? WHERE profile_id = ?", to, from);
    }

    static int update(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }

    void log(Connection c, OffsetDateTime at, MergeLogEntry.Decision decision, String profileId, String other,
            String rule, List<IdentifierType> evidence, EventRef event, String refusalKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO identity_merge_log (logged_at, decision,"
                + " profile_id, other_id, rule, evidence, source_key, message_id, refusal_key)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setObject(1, at);
            ps.setString(2, decision.name());
            ps.setString(3, profileId);
            ps.setString(4, other);
            ps.setString(5, rule);
            ps.setString(6, evidence.stream().map(IdentifierType::wireName).distinct().collect(Collectors.joining(",")));
            ps.setString(7, event == null ? null : event.sourceKey());
            ps.setString(8, event == null ? null : event.messageId());
            ps.setString(9, refusalKey);
            ps.executeUpdate();
        }
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    Optional<String> ownerOf(Connection c, Identifier id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT profile_id FROM identity_link WHERE id_value = ? AND id_type = ?")) {
            ps.setString(1, id.value());
            ps.setString(2, id.type().wireName());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** A profile's row: {@code mergedInto} is null while the profile is live. */
    record ProfileRow(String mergedInto) {
    }

    static Optional<ProfileRow> profileRow(Connection c, String profileId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT merged_into FROM identity_profile WHERE profile_id = ?")) {
            ps.setString(1, profileId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ProfileRow(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** Follows {@code merged_into} to the profile a merged-away id is part of now. */
    Optional<String> current(Connection c, String profileId) throws SQLException {
        String p = profileId;
        for (int hops = 0; hops < 1000; hops++) {
            Optional<ProfileRow> row = profileRow(c, p);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            if (row.get().mergedInto() == null) {
                return Optional.of(p);
            }
            p = row.get().mergedInto();
        }
        throw new IllegalStateException("merged_into chain too long from a profile");
    }

    /** @return the profile and every profile merged into it, directly or through others */
    List<String> absorbedInto(Connection c, String profileId) throws SQLException {
        List<String> all = new ArrayList<>(List.of(profileId));
        List<String> frontier = List.of(profileId);
        while (!frontier.isEmpty() && all.size() < 100_000) {
            List<String> next = new ArrayList<>();
            forChunks(c, "SELECT profile_id, merged_into, created_at FROM identity_profile WHERE merged_into IN ", frontier,
                    rs -> next.add(rs.getString(1)));
            next.removeAll(all);
            all.addAll(next);
            frontier = next;
        }
        return all;
    }

    Optional<ProfileIdentity> profile(Connection c, String profileId, IdentityRules rules) throws SQLException {
        java.time.Instant created;
        try (PreparedStatement ps = c.prepareStatement("SELECT created_at FROM identity_profile WHERE profile_id = ?")) {
            ps.setString(1, profileId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                created = rs.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
        List<Identifier> ids = identifiersOf(c, profileId);
        ids.sort(Comparator.comparingInt((Identifier i) -> rules.priority(i.type())).reversed()
                .thenComparing(Identifier::value));
        return Optional.of(new ProfileIdentity(profileId, created, ids));
    }

    List<Identifier> identifiersOf(Connection c, String profileId) throws SQLException {
        List<Identifier> ids = new ArrayList<>();
        forChunks(c, "SELECT id_value, id_type, profile_id FROM identity_link WHERE profile_id IN ", List.of(profileId),
                rs -> {
                    Identifier id = identifier(rs.getString(2), rs.getString(1));
                    if (id != null) {
                        ids.add(id);
                    }
                });
        return ids;
    }

    List<MergeLogEntry> mergeLog(Connection c, String profileId) throws SQLException {
        List<MergeLogEntry> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entry_id, logged_at, decision, profile_id, other_id, rule,"
                + " evidence, source_key, message_id FROM identity_merge_log WHERE profile_id = ? OR other_id = ?"
                + " ORDER BY entry_id")) {
            ps.setString(1, profileId);
            ps.setString(2, profileId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<IdentifierType> evidence = rs.getString(7).isEmpty() ? List.of()
                            : Arrays.stream(rs.getString(7).split(",")).map(IdentifierType::fromWireName)
                                    .flatMap(Optional::stream).toList();
                    entries.add(new MergeLogEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            MergeLogEntry.Decision.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                            rs.getString(6), evidence, rs.getString(8), rs.getString(9)));
                }
            }
        }
        return entries;
    }

    private static Identifier identifier(String type, String value) {
        return IdentifierType.fromWireName(type).map(t -> Identifier.of(t, value)).orElse(null);
    }

    /** Runs {@code prefix (?, ?, ...)} over the values in chunks. */
    static void forChunks(Connection c, String prefix, List<String> values, InLists.RowHandler handler)
            throws SQLException {
        InLists.query(c, prefix, "", values, handler);
    }
}
