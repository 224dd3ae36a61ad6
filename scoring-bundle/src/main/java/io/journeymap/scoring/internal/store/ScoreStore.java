package io.journeymap.scoring.internal.store;

import io.journeymap.api.scoring.Score;
import io.journeymap.api.scoring.ScoreKind;
import io.journeymap.api.store.InLists;
import io.journeymap.api.store.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Scores in journeymap's store, one row per touchpoint and kind: a redelivered touchpoint scores
 * nothing twice ({@code ON CONFLICT DO NOTHING}; H2 runs in PostgreSQL mode here). Rows name people
 * by profile id, so they are personal data: exported and erased with the person.
 */
public final class ScoreStore {

    /** Where a score was computed for: the touchpoint's key in the journal, {@code source/messageId}. */
    public record Keyed(String sourceKey, String messageId, Score score) {
    }

    private final DataSource dataSource;

    /** @param dataSource journeymap's store */
    public ScoreStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param scores the scores of one batch
     * @return how many were new
     */
    public int add(List<Keyed> scores) {
        if (scores.isEmpty()) {
            return 0;
        }
        return Transactions.inTransaction(dataSource, "store scores", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO score (source_key, message_id, kind, profile_id, "
                    + "score_value, model, model_version, event_time, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING")) {
                for (Keyed k : scores) {
                    Score s = k.score();
                    ps.setString(1, k.sourceKey());
                    ps.setString(2, k.messageId());
                    ps.setString(3, s.kind().wireName());
                    ps.setString(4, s.profileId());
                    ps.setDouble(5, s.value());
                    ps.setString(6, s.model());
                    ps.setString(7, s.modelVersion());
                    ps.setTimestamp(8, Timestamp.from(s.eventTime()));
                    ps.setTimestamp(9, Timestamp.from(s.scoredAt()));
                    ps.addBatch();
                }
                int added = 0;
                for (int n : ps.executeBatch()) {
                    added += Math.max(0, n);
                }
                return added;
            }
        });
    }

    /**
     * @param profileIds a person's profile ids
     * @param kind       one kind, or null for all
     * @param limit      the most to return
     * @return the scores, newest event first
     */
    public List<Score> scores(List<String> profileIds, ScoreKind kind, int limit) {
        return Transactions.read(dataSource, "read scores", c -> {
            List<Score> out = new ArrayList<>();
            InLists.query(c, "SELECT profile_id, kind, score_value, source_key, message_id, model, model_version, "
                    + "event_time, scored_at FROM score WHERE profile_id IN ",
                    kind == null ? "" : " AND kind = '" + kind.wireName() + "'", profileIds, rs -> out.add(score(rs)));
            out.sort((a, b) -> b.eventTime().compareTo(a.eventTime()));
            return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
        });
    }

    /** @return the scores as an export section: one map per row */
    public List<Map<String, Object>> export(List<String> profileIds) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Score s : scores(profileIds, null, Integer.MAX_VALUE)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("profileId", s.profileId());
            m.put("kind", s.kind().wireName());
            m.put("value", s.value());
            m.put("touchpoint", s.messageId());
            m.put("model", s.model());
            m.put("modelVersion", s.modelVersion());
            m.put("eventTime", s.eventTime().toString());
            m.put("scoredAt", s.scoredAt().toString());
            rows.add(m);
        }
        return rows;
    }

    /** @return how many rows were deleted */
    public long erase(List<String> profileIds) {
        if (profileIds.isEmpty()) {
            return 0;
        }
        return Transactions.inTransaction(dataSource, "erase scores",
                c -> InLists.update(c, "DELETE FROM score WHERE profile_id IN ", profileIds));
    }

    private static Score score(ResultSet rs) throws SQLException {
        return new Score(rs.getString(1), ScoreKind.fromWireName(rs.getString(2)).orElseThrow(), rs.getDouble(3),
                rs.getString(4) + "/" + rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant());
    }
}
