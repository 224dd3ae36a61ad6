package io.journeymap.journey.internal;

import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.journal.EventJournal;
import io.journeymap.api.json.EventJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What is left of an event its person does not permit us to keep: a count per day, source, type
 * and name in {@code anonymous_count}, and (for events withheld at ingest) a journal stub with no
 * identifier, text, property or context, so that a sender's retry of the same event is still a
 * duplicate. Counting is idempotent: an event is counted only by the statement that turned its
 * row into a stub (or deleted it).
 */
final class AnonymousEvents {

    static final String CONSENT = "consent";
    static final String ERASURE = "erasure";

    private AnonymousEvents() {
    }

    /** The event without anything that could identify its person. */
    static TouchpointEvent stub(TouchpointEvent e) {
        return new TouchpointEvent(e.messageId(), e.type(), e.event(), e.name(), Map.of(), Map.of(), e.timestamp(),
                e.receivedAt(), null, null, null, null, List.of(), new EventContext(null, null, Map.of(), null, null,
                        null, null, null, Map.of(EventJournal.ANONYMISED, true)), null, e.source());
    }

    /**
     * Turns journal rows into stubs (withheld at ingest) and counts the events whose row changed.
     *
     * @return the events whose row changed now (not by an earlier delivery)
     */
    static List<TouchpointEvent> stubInJournal(Connection c, List<TouchpointEvent> events) throws SQLException {
        List<TouchpointEvent> changed = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("UPDATE journal_event SET payload = ? WHERE source_key = ?"
                + " AND message_id = ? AND payload <> ?")) {
            for (TouchpointEvent e : events) {
                String stub = EventJson.write(stub(e));
                ps.setString(1, stub);
                ps.setString(2, e.source().key());
                ps.setString(3, e.messageId());
                ps.setString(4, stub);
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    changed.add(events.get(i));
                }
            }
        }
        return changed;
    }

    /**
     * Deletes events from the journal by key.
     *
     * @return the events whose row was there
     */
    static List<TouchpointEvent> deleteFromJournal(Connection c, List<TouchpointEvent> events) throws SQLException {
        List<TouchpointEvent> deleted = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM journal_event WHERE source_key = ? AND message_id = ?")) {
            for (TouchpointEvent e : events) {
                ps.setString(1, e.source().key());
                ps.setString(2, e.messageId());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    deleted.add(events.get(i));
                }
            }
        }
        return deleted;
    }

    /** Adds events to the anonymous counts: one insert-or-add per group, not per event. */
    static void count(Connection c, List<TouchpointEvent> events, String reason) throws SQLException {
        Map<List<Object>, Long> groups = new LinkedHashMap<>();
        for (TouchpointEvent e : events) {
            Instant at = e.timestamp() != null ? e.timestamp() : e.receivedAt();
            String name = e.event() != null ? e.event() : e.name() != null ? e.name() : "";
            groups.merge(List.of(LocalDate.ofInstant(at, ZoneOffset.UTC), e.source().key(),
                    e.type().name().toLowerCase(Locale.ROOT), name.length() <= 200 ? name : name.substring(0, 200)),
                    1L, Long::sum);
        }
        if (groups.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO anonymous_count (event_day, source_key,"
                + " event_type, event_name, reason, events) VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT DO NOTHING");
                PreparedStatement add = c.prepareStatement("UPDATE anonymous_count SET events = events + ? WHERE"
                        + " event_day = ? AND source_key = ? AND event_type = ? AND event_name = ? AND reason = ?")) {
            for (Map.Entry<List<Object>, Long> g : groups.entrySet()) {
                List<Object> k = g.getKey();
                for (int i = 0; i < 4; i++) {
                    insert.setObject(i + 1, k.get(i));
                    add.setObject(i + 2, k.get(i));
                }
                insert.setString(5, reason);
                insert.addBatch();
                add.setLong(1, g.getValue());
                add.setString(6, reason);
                add.addBatch();
            }
            insert.executeBatch();
            add.executeBatch();
        }
    }
}
