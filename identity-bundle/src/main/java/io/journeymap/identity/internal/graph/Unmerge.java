package io.journeymap.identity.internal.graph;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.identity.MergeLogEntry;
import io.journeymap.api.identity.UnmergeResult;
import io.journeymap.api.json.EventJson;
import io.journeymap.identity.internal.normalize.IdentifierNormalizer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Undoes one merge in one transaction: the absorbed profile (with every profile that had been
 * merged into it) takes back the identifiers it brought; each event on the surviving timeline
 * goes to whichever of the two now holds its strongest identifier; the pair is separated so the
 * same evidence does not merge them again; and the unmerge is logged.
 */
final class Unmerge {

    private final GraphTables tables;
    private final IdentifierNormalizer normalizer;
    private final IdentityRules rules;

    Unmerge(GraphTables tables, IdentifierNormalizer normalizer, IdentityRules rules) {
        this.tables = tables;
        this.normalizer = normalizer;
        this.rules = rules;
    }

    UnmergeResult run(Connection c, String survivor, long mergeEntryId) throws SQLException {
        String absorbed = absorbedBy(c, survivor, mergeEntryId);
        if (!GraphTables.lockLive(c, List.of(survivor))) {
            // the survivor was itself merged into another profile since: undo that merge first
            throw new IllegalArgumentException("profileId: merged into another profile since; unmerge that first");
        }
        Set<String> origins = withDescendants(c, absorbed);
        List<String> originList = List.copyOf(origins);
        String in = "(" + String.join(", ", java.util.Collections.nCopies(originList.size(), "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE identity_link SET profile_id = ? WHERE profile_id = ? AND origin_id IN " + in)) {
            ps.setString(1, absorbed);
            ps.setString(2, survivor);
            for (int i = 0; i < originList.size(); i++) {
                ps.setString(i + 3, originList.get(i));
            }
            ps.executeUpdate();
        }
        GraphTables.update(c, "UPDATE identity_profile SET merged_into = NULL WHERE profile_id = ?", absorbed);
        GraphTables.update(c, "INSERT INTO identity_separation (profile_id, other_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                survivor, absorbed);
        int moved = reassignEvents(c, survivor, absorbed);
        tables.log(c, tables.now(), MergeLogEntry.Decision.UNMERGED, survivor, absorbed, "admin-unmerge:" + mergeEntryId,
                List.of(), null, null);
        return new UnmergeResult(tables.profile(c, survivor, rules).orElseThrow(),
                tables.profile(c, absorbed, rules).orElseThrow(), moved);
    }

    private static String absorbedBy(Connection c, String survivor, long entryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT decision, profile_id, other_id FROM identity_merge_log WHERE entry_id = ?")) {
            ps.setLong(1, entryId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("mergeEntryId: no such merge log entry");
                }
                if (!MergeLogEntry.Decision.MERGED.name().equals(rs.getString(1))) {
                    throw new IllegalArgumentException("mergeEntryId: entry is not a merge");
                }
                if (!survivor.equals(rs.getString(2))) {
                    throw new IllegalArgumentException("mergeEntryId: not a merge into this profile");
                }
                String absorbed = rs.getString(3);
                String absorbedInto = GraphTables.profileRow(c, absorbed).map(GraphTables.ProfileRow::mergedInto)
                        .orElse(null);
                if (!survivor.equals(absorbedInto)) {
                    throw new IllegalArgumentException("mergeEntryId: already undone");
                }
                return absorbed;
            }
        }
    }

    /** The absorbed profile and every profile merged into it, directly or through others. */
    private static Set<String> withDescendants(Connection c, String root) throws SQLException {
        Set<String> all = new LinkedHashSet<>(List.of(root));
        List<String> frontier = List.of(root);
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            GraphTables.forChunks(c, "SELECT profile_id FROM identity_profile WHERE merged_into IN ", frontier, rs -> {
                if (all.add(rs.getString(1))) {
                    next.add(rs.getString(1));
                }
            });
            frontier = next;
        }
        return all;
    }

    private int reassignEvents(Connection c, String survivor, String absorbed) throws SQLException {
        Map<Identifier, String> owner = new HashMap<>();
        for (String p : List.of(survivor, absorbed)) {
            for (Identifier id : tables.identifiersOf(c, p)) {
                owner.put(id, p);
            }
        }
        List<String[]> toMove = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.source_key, t.message_id, j.payload"
                + " FROM timeline_event t JOIN journal_event j ON j.source_key = t.source_key AND j.message_id = t.message_id"
                + " WHERE t.profile_id = ?")) {
            ps.setString(1, survivor);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TouchpointEvent e = EventJson.read(rs.getString(3));
                    if (absorbed.equals(strongestOwner(e, owner))) {
                        toMove.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE timeline_event SET profile_id = ? WHERE source_key = ? AND message_id = ?")) {
            for (String[] key : toMove) {
                ps.setString(1, absorbed);
                ps.setString(2, key[0]);
                ps.setString(3, key[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return toMove.size();
    }

    private String strongestOwner(TouchpointEvent e, Map<Identifier, String> owner) {
        return normalizer.normalize(e.identifiers()).identifiers().stream()
                .filter(owner::containsKey)
                .max(Comparator.comparingInt((Identifier i) -> rules.priority(i.type())))
                .map(owner::get).orElse(null);
    }
}
