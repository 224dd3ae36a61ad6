package io.journeymap.identity.internal.graph;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.identity.MatchRunResult;
import io.journeymap.api.identity.MergeLogEntry;
import io.journeymap.api.identity.ReviewItem;
import io.journeymap.identity.internal.matching.FellegiSunterMatcher;
import io.journeymap.identity.internal.matching.LinkageResult;
import io.journeymap.identity.internal.matching.MatchClass;
import io.journeymap.identity.internal.matching.MatchRecord;
import io.journeymap.identity.internal.matching.MatchThresholds;
import io.journeymap.identity.internal.matching.PersonMatching;
import io.journeymap.identity.internal.matching.ScoredPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Probabilistic matching over the live profiles' person attributes, inside the identity graph:
 * pairs above the upper threshold merge when auto-merge is on (through the same limits as every
 * other merge), the rest above the lower threshold wait in {@code identity_review} for an admin.
 *
 * @param autoMerge   merge MATCH pairs without review
 * @param thresholds  posterior probability thresholds
 * @param phoneRegion for phones without a country code
 */
public record ProbabilisticLinking(boolean autoMerge, MatchThresholds thresholds, String phoneRegion) {

    MatchRunResult run(Connection c, GraphTables tables, IdentityRules rules) throws SQLException {
        List<MatchRecord> records = new ArrayList<>();
        TraitsTable.live(c).forEach((profile, fields) -> records.add(new MatchRecord(profile, fields)));
        if (records.size() < 2) {
            return new MatchRunResult(records.size(), 0, 0, 0, 0, 0);
        }
        FellegiSunterMatcher matcher = PersonMatching.matcher(phoneRegion).optThresholds(thresholds).build();
        LinkageResult result = matcher.deduplicate(records);
        int merged = 0;
        int queued = 0;
        int refused = 0;
        OffsetDateTime now = tables.now();
        for (ScoredPair pair : result.pairs()) {
            if (pair.matchClass() == MatchClass.NON_MATCH) {
                continue;
            }
            // an earlier pair of this run may have merged one of them away
            String a = tables.current(c, pair.left().id()).orElseThrow();
            String b = tables.current(c, pair.right().id()).orElseThrow();
            if (a.equals(b)) {
                continue;
            }
            String older = a.compareTo(b) < 0 ? a : b;
            String newer = older.equals(a) ? b : a;
            if (pair.matchClass() == MatchClass.MATCH && autoMerge) {
                String rule = mergeIfAllowed(c, tables, rules, older, newer, now,
                        String.format("probabilistic:p=%.4f", pair.probability()));
                if (rule == null) {
                    merged++;
                } else {
                    refused++;
                }
            } else if (queue(c, older, newer, pair, now)) {
                queued++;
            }
        }
        return new MatchRunResult(records.size(), result.candidatePairs().size(), result.em().iterations(), merged,
                queued, refused);
    }

    /** @return null when merged, else the rule that refused it (logged) */
    static String mergeIfAllowed(Connection c, GraphTables tables, IdentityRules rules, String survivor,
            String absorbed, OffsetDateTime now, String evidenceRule) throws SQLException {
        if (!GraphTables.lockLive(c, List.of(survivor, absorbed))) {
            throw new IllegalStateException("a profile of the pair was merged away meanwhile; run again");
        }
        List<Identifier> kept = tables.identifiersOf(c, survivor);
        List<Identifier> other = tables.identifiersOf(c, absorbed);
        String refused = separated(c, survivor, absorbed) ? "separated-by-unmerge"
                // attributes are no shared device, but they never outweigh a limit either
                : rules.refuseLimits(kept, other);
        if (refused != null) {
            tables.log(c, now, MergeLogEntry.Decision.REFUSED, survivor, absorbed, refused, List.of(), null,
                    survivor + "|" + absorbed + "|" + refused);
            return refused;
        }
        GraphTables.moveProfile(c, absorbed, survivor);
        tables.log(c, now, MergeLogEntry.Decision.MERGED, survivor, absorbed, evidenceRule, List.of(), null, null);
        return null;
    }

    private static boolean separated(Connection c, String a, String b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM identity_separation WHERE"
                + " (profile_id = ? AND other_id = ?) OR (profile_id = ? AND other_id = ?)")) {
            ps.setString(1, a);
            ps.setString(2, b);
            ps.setString(3, b);
            ps.setString(4, a);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean queue(Connection c, String a, String b, ScoredPair pair, OffsetDateTime now)
            throws SQLException {
        if (separated(c, a, b)) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO identity_review (profile_id, other_id, probability,"
                + " weight, status, created_at) VALUES (?, ?, ?, ?, 'PENDING', ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, a);
            ps.setString(2, b);
            ps.setDouble(3, pair.probability());
            ps.setDouble(4, pair.weight());
            ps.setObject(5, now);
            return ps.executeUpdate() == 1;
        }
    }

    static List<ReviewItem> pending(Connection c) throws SQLException {
        List<ReviewItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_REVIEW + " WHERE status = 'PENDING'"
                + " ORDER BY probability DESC, review_id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                items.add(review(rs));
            }
        }
        return items;
    }

    ReviewItem decide(Connection c, GraphTables tables, IdentityRules rules, long reviewId, boolean accept)
            throws SQLException {
        ReviewItem item;
        try (PreparedStatement ps = c.prepareStatement(SELECT_REVIEW + " WHERE review_id = ?")) {
            ps.setLong(1, reviewId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("reviewId: no such review item");
                }
                item = review(rs);
            }
        }
        if (!item.status().equals("PENDING")) {
            throw new IllegalArgumentException("reviewId: already decided");
        }
        OffsetDateTime now = tables.now();
        String a = tables.current(c, item.profileId()).orElseThrow();
        String b = tables.current(c, item.otherProfileId()).orElseThrow();
        if (accept && !a.equals(b)) {
            String refused = mergeIfAllowed(c, tables, rules, a, b, now, "review-accepted:" + reviewId);
            if (refused != null) {
                throw new IllegalArgumentException("reviewId: merge refused by " + refused);
            }
        } else if (!accept) {
            GraphTables.update(c, "INSERT INTO identity_separation (profile_id, other_id) VALUES (?, ?)"
                    + " ON CONFLICT DO NOTHING", a, b);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE identity_review SET status = ?, decided_at = ? WHERE review_id = ?")) {
            ps.setString(1, accept ? "ACCEPTED" : "REJECTED");
            ps.setObject(2, now);
            ps.setLong(3, reviewId);
            ps.executeUpdate();
        }
        return new ReviewItem(item.reviewId(), item.profileId(), item.otherProfileId(), item.probability(),
                item.weight(), accept ? "ACCEPTED" : "REJECTED", item.createdAt(), now.toInstant());
    }

    private static final String SELECT_REVIEW = "SELECT review_id, profile_id, other_id, probability, weight, status,"
            + " created_at, decided_at FROM identity_review";

    private static ReviewItem review(ResultSet rs) throws SQLException {
        OffsetDateTime decided = rs.getObject(8, OffsetDateTime.class);
        return new ReviewItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                decided == null ? null : decided.toInstant());
    }

    /** @return the defaults: review everything (no auto-merge), posterior 0.9 and 0.5 */
    public static ProbabilisticLinking defaults(String phoneRegion) {
        return new ProbabilisticLinking(false, MatchThresholds.DEFAULT, phoneRegion);
    }
}
