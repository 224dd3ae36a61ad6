package io.journeymap.identity.internal.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.journeymap.api.json.EventJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code identity_traits}: each live profile's latest person attributes, as a JSON object. */
final class TraitsTable {

    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private TraitsTable() {
    }

    /** Merges each profile's new fields over what is stored (a later identify call wins per field). */
    static void upsert(Connection c, Map<String, Map<String, String>> byProfile, OffsetDateTime now) throws SQLException {
        if (byProfile.isEmpty()) {
            return;
        }
        Map<String, Map<String, String>> stored = new HashMap<>();
        GraphTables.forChunks(c, "SELECT profile_id, fields FROM identity_traits WHERE profile_id IN ",
                List.copyOf(byProfile.keySet()), rs -> stored.put(rs.getString(1), read(rs.getString(2))));
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE identity_traits SET fields = ?, updated_at = ? WHERE profile_id = ?");
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO identity_traits (profile_id, fields, updated_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Map.Entry<String, Map<String, String>> e : byProfile.entrySet()) {
                Map<String, String> merged = new LinkedHashMap<>(stored.getOrDefault(e.getKey(), Map.of()));
                merged.putAll(e.getValue());
                PreparedStatement ps = stored.containsKey(e.getKey()) ? update : insert;
                if (ps == update) {
                    ps.setString(1, write(merged));
                    ps.setObject(2, now);
                    ps.setString(3, e.getKey());
                } else {
                    ps.setString(1, e.getKey());
                    ps.setString(2, write(merged));
                    ps.setObject(3, now);
                }
                ps.addBatch();
            }
            update.executeBatch();
            insert.executeBatch();
        }
    }

    /** On a merge the survivor keeps its attributes; it takes the absorbed profile's only if it has none. */
    static void merge(Connection c, String survivor, String absorbed) throws SQLException {
        GraphTables.update(c, "UPDATE identity_traits SET profile_id = ? WHERE profile_id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM identity_traits s WHERE s.profile_id = ?)", survivor, absorbed, survivor);
        GraphTables.update(c, "DELETE FROM identity_traits WHERE profile_id = ?", absorbed);
    }

    /** @return every live profile's fields */
    static Map<String, Map<String, String>> live(Connection c) throws SQLException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.profile_id, t.fields FROM identity_traits t"
                + " JOIN identity_profile p ON p.profile_id = t.profile_id WHERE p.merged_into IS NULL ORDER BY t.profile_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), read(rs.getString(2)));
            }
        }
        return out;
    }

    private static Map<String, String> read(String json) {
        try {
            return EventJson.mapper().readValue(json, FIELDS);
        } catch (JsonProcessingException e) {
            // the parser quotes the stored text in its message: keep neither it nor the cause
            throw new IllegalStateException("identity_traits holds a value that is not a JSON object");
        }
    }

    private static String write(Map<String, String> fields) {
        try {
            return EventJson.mapper().writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("fields could not be written as JSON", e);
        }
    }
}
