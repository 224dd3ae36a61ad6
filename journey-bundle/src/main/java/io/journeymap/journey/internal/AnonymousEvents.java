package io.journeymap.journey.internal;

import io.journeymap.api.event.TouchpointEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

/**
 * Events kept only for aggregate counts: those the consent gate anonymised and those of erased
 * people. A row holds the day, source, type and name; the event's key is hashed, because a
 * connector may build message ids from a CRM id, so that a redelivered event is counted once.
 */
final class AnonymousEvents {

    static final String CONSENT = "consent";
    static final String ERASURE = "erasure";

    private AnonymousEvents() {
    }

    static void add(Connection c, List<TouchpointEvent> events, String reason) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO anonymous_event (event_hash, event_day, source_key,"
                + " event_type, event_name, reason) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (TouchpointEvent e : events) {
                Instant at = e.timestamp() != null ? e.timestamp() : e.receivedAt();
                ps.setString(1, hash(e.source().key(), e.messageId()));
                ps.setObject(2, LocalDate.ofInstant(at, ZoneOffset.UTC));
                ps.setString(3, e.source().key());
                ps.setString(4, e.type().name().toLowerCase(java.util.Locale.ROOT));
                String name = e.event() != null ? e.event() : e.name();
                ps.setString(5, name == null || name.length() <= 200 ? name : name.substring(0, 200));
                ps.setString(6, reason);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static String hash(String sourceKey, String messageId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((sourceKey + "\n" + messageId).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** Deletes events from the journal by key; returns how many rows went. */
    static int deleteFromJournal(Connection c, List<TouchpointEvent> events) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM journal_event WHERE source_key = ? AND message_id = ?")) {
            for (TouchpointEvent e : events) {
                ps.setString(1, e.source().key());
                ps.setString(2, e.messageId());
                ps.addBatch();
            }
            for (int count : ps.executeBatch()) {
                n += Math.max(count, 0);
            }
        }
        return n;
    }
}
