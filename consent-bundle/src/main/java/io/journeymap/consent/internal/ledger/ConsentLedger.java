package io.journeymap.consent.internal.ledger;

import io.journeymap.api.store.InLists;
import io.journeymap.api.consent.ConsentAction;
import io.journeymap.api.consent.ConsentChange;
import io.journeymap.api.consent.ConsentRecord;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only consent ledger: one row per signal and purpose, bound to the identifiers it
 * came with. Recording is idempotent on a hash of the signal (its subjects, purpose, whether it
 * permits, event time, source and evidence), so a redelivered event records nothing new.
 */
public final class ConsentLedger {

    private static final String COLUMNS = "l.entry_id, l.purpose, l.action, l.event_time, l.source, l.legal_basis,"
            + " l.evidence, l.region, l.recorded_at, l.confirmed_at";

    private final Clock clock;

    /** @param clock for recorded-at times */
    public ConsentLedger(Clock clock) {
        this.clock = clock;
    }

    /**
     * A signal about to be recorded.
     *
     * @param subjects normalised identifiers it binds
     * @param change   the signal
     * @param region   where it was given, or null
     */
    public record Pending(List<Identifier> subjects, ConsentChange change, String region) {
    }

    /**
     * Records signals; repeats are not recorded twice.
     *
     * @return the records, in order (the existing one for a repeat)
     */
    public List<ConsentRecord> append(Connection c, List<Pending> pending) throws SQLException {
        if (pending.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<String> keys = new ArrayList<>(pending.size());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consent_ledger (dedupe_key, purpose, action,"
                + " event_time, source, legal_basis, evidence, region, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
            for (Pending p : pending) {
                ConsentChange ch = p.change();
                String key = dedupeKey(p);
                keys.add(key);
                ps.setString(1, key);
                ps.setString(2, ch.purpose());
                ps.setString(3, ch.action().name());
                ps.setObject(4, Sql.utc(ch.eventTime()));
                ps.setString(5, Sql.clip(ch.source(), 100));
                ps.setString(6, Sql.clip(ch.legalBasis(), 64));
                ps.setString(7, Sql.clip(ch.evidence(), 4000));
                ps.setString(8, p.region());
                ps.setObject(9, Sql.utc(now));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<String, ConsentRecord> byKey = new LinkedHashMap<>();
        InLists.query(c, "SELECT l.dedupe_key, " + COLUMNS + " FROM consent_ledger l WHERE l.dedupe_key IN ", "",
                keys.stream().distinct().toList(), rs -> byKey.put(rs.getString(1), record(rs, 2, List.of())));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consent_subject (id_value, id_type, entry_id)"
                + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (int i = 0; i < pending.size(); i++) {
                for (Identifier id : pending.get(i).subjects()) {
                    ps.setString(1, id.value());
                    ps.setString(2, id.type().wireName());
                    ps.setLong(3, byKey.get(keys.get(i)).entryId());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        List<ConsentRecord> out = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            ConsentRecord r = byKey.get(keys.get(i));
            out.add(new ConsentRecord(r.entryId(), pending.get(i).subjects(), r.change(), r.region(), r.recordedAt(),
                    r.confirmedAt()));
        }
        return out;
    }

    /**
     * Moves entries' confirmation times forward (never back): the person repeated these choices.
     *
     * @param confirmations entry id to the latest time it was repeated
     */
    public void confirm(Connection c, Map<Long, Instant> confirmations) throws SQLException {
        if (confirmations.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE consent_ledger SET confirmed_at = ? WHERE entry_id = ?"
                + " AND (confirmed_at IS NULL OR confirmed_at < ?)")) {
            for (Map.Entry<Long, Instant> e : confirmations.entrySet()) {
                ps.setObject(1, Sql.utc(e.getValue()));
                ps.setLong(2, e.getKey());
                ps.setObject(3, Sql.utc(e.getValue()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The entries binding each identifier; a record's subjects hold just that identifier.
     *
     * @param ids normalised identifiers
     * @return per identifier, its entries
     */
    public Map<Identifier, List<ConsentRecord>> entriesOf(Connection c, Collection<Identifier> ids) throws SQLException {
        Map<Identifier, List<ConsentRecord>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        java.util.Set<Identifier> wanted = new java.util.HashSet<>(ids);
        List<String> values = wanted.stream().map(Identifier::value).distinct().toList();
        InLists.query(c, "SELECT s.id_type, s.id_value, " + COLUMNS + " FROM consent_subject s JOIN consent_ledger l"
                + " ON l.entry_id = s.entry_id WHERE s.id_value IN ", "", values, rs -> {
                    Optional<IdentifierType> type = IdentifierType.fromWireName(rs.getString(1));
                    if (type.isEmpty()) {
                        return;
                    }
                    Identifier id = Identifier.of(type.get(), rs.getString(2));
                    if (wanted.contains(id)) {
                        out.computeIfAbsent(id, k -> new ArrayList<>()).add(record(rs, 3, List.of(id)));
                    }
                });
        return out;
    }

    /**
     * Every entry binding any of the identifiers, with all its subjects, oldest event first.
     */
    public List<ConsentRecord> history(Connection c, Collection<Identifier> ids) throws SQLException {
        Map<Long, ConsentRecord> entries = new LinkedHashMap<>();
        for (List<ConsentRecord> rs : entriesOf(c, ids).values()) {
            for (ConsentRecord r : rs) {
                entries.putIfAbsent(r.entryId(), r);
            }
        }
        Map<Long, List<Identifier>> subjects = new LinkedHashMap<>();
        InLists.query(c, "SELECT entry_id, id_type, id_value FROM consent_subject WHERE entry_id IN ", "",
                List.copyOf(entries.keySet()), rs -> {
                    Optional<IdentifierType> type = IdentifierType.fromWireName(rs.getString(2));
                    if (type.isPresent()) {
                        subjects.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(Identifier.of(type.get(), rs.getString(3)));
                    }
                });
        List<ConsentRecord> out = new ArrayList<>();
        for (ConsentRecord r : entries.values()) {
            out.add(new ConsentRecord(r.entryId(), subjects.getOrDefault(r.entryId(), List.of()), r.change(),
                    r.region(), r.recordedAt(), r.confirmedAt()));
        }
        out.sort(Comparator.comparing((ConsentRecord r) -> r.change().eventTime()).thenComparing(ConsentRecord::entryId));
        return out;
    }

    /**
     * Unbinds the identifiers from their entries and deletes the entries nothing binds any more.
     * An entry that also binds someone else (a shared browser's anonymous id) stays theirs.
     *
     * @return rows deleted: entries and subject rows
     */
    public long[] erase(Connection c, Collection<Identifier> ids) throws SQLException {
        List<Long> entryIds = history(c, ids).stream().map(ConsentRecord::entryId).toList();
        long subjects = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM consent_subject WHERE id_value = ? AND id_type = ?")) {
            for (Identifier id : ids) {
                ps.setString(1, id.value());
                ps.setString(2, id.type().wireName());
                ps.addBatch();
            }
            for (int n : ps.executeBatch()) {
                subjects += Math.max(n, 0);
            }
        }
        long entries = 0;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM consent_ledger WHERE entry_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM consent_subject s WHERE s.entry_id = ?)")) {
            for (Long id : entryIds) {
                ps.setLong(1, id);
                ps.setLong(2, id);
                ps.addBatch();
            }
            for (int n : ps.executeBatch()) {
                entries += Math.max(n, 0);
            }
        }
        return new long[] {entries, subjects};
    }

    private static ConsentRecord record(ResultSet rs, int at, List<Identifier> subjects) throws SQLException {
        ConsentChange change = new ConsentChange(rs.getString(at + 1), ConsentAction.valueOf(rs.getString(at + 2)),
                Sql.instant(rs, at + 3), rs.getString(at + 4), rs.getString(at + 5), rs.getString(at + 6));
        return new ConsentRecord(rs.getLong(at), subjects, change, rs.getString(at + 7), Sql.instant(rs, at + 8),
                Sql.instant(rs, at + 9));
    }

    static String dedupeKey(Pending p) {
        StringBuilder b = new StringBuilder();
        ConsentChange ch = p.change();
        // DENIED and REVOKED differ only by what came before; a replay must not record both
        b.append(ch.purpose()).append('\n').append(ch.action().permits()).append('\n').append(ch.eventTime())
                .append('\n').append(ch.source()).append('\n').append(ch.legalBasis()).append('\n').append(ch.evidence());
        p.subjects().stream().map(i -> i.type().wireName() + ":" + i.value()).sorted()
                .forEach(s -> b.append('\n').append(s));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
