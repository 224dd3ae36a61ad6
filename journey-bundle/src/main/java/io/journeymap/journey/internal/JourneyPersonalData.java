package io.journeymap.journey.internal;

import io.journeymap.api.store.InLists;
import io.journeymap.api.store.Transactions;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.journal.EventJournal;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.json.EventJson;
import io.journeymap.api.privacy.DataSubject;
import io.journeymap.api.privacy.PersonalDataStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The journey store's personal data: the person's timeline and the events it references, plus
 * events still waiting in the journal for the pipeline that carry one of the person's
 * identifiers. Erasure deletes them and keeps each only as an anonymous count.
 */
@Component(service = PersonalDataStore.class, property = "journeymap.data=journey")
public class JourneyPersonalData implements PersonalDataStore {

    @Reference(target = "(journeymap.store=main)")
    private DataSource store;

    /** For tests outside OSGi. */
    public static JourneyPersonalData over(DataSource store) {
        JourneyPersonalData d = new JourneyPersonalData();
        d.store = store;
        return d;
    }

    @Override
    public String name() {
        return "journey";
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        return Transactions.read(store, "journey export", c -> {
            List<Object> events = new ArrayList<>();
            for (TouchpointEvent e : eventsOf(c, subject)) {
                events.add(EventJson.mapper().convertValue(e, Object.class));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("events", events);
            return out;
        });
    }

    @Override
    public Map<String, Long> erase(DataSubject subject) {
        return Transactions.inTransaction(store, "journey erasure", c -> {
            List<TouchpointEvent> events = eventsOf(c, subject);
            long timeline = InLists.update(c, "DELETE FROM timeline_event WHERE profile_id IN ", subject.profileIds());
            List<TouchpointEvent> deleted = AnonymousEvents.deleteFromJournal(c, events);
            AnonymousEvents.count(c, deleted, AnonymousEvents.ERASURE);
            Map<String, Long> out = new LinkedHashMap<>();
            out.put("timeline_event", timeline);
            out.put("journal_event", (long) deleted.size());
            return out;
        });
    }

    /** The events on the person's timelines, then those still waiting for the pipeline that name them. */
    private static List<TouchpointEvent> eventsOf(Connection c, DataSubject subject) throws SQLException {
        Map<String, TouchpointEvent> events = new LinkedHashMap<>();
        InLists.query(c, "SELECT j.payload FROM timeline_event t JOIN journal_event j ON j.source_key = t.source_key"
                + " AND j.message_id = t.message_id WHERE t.profile_id IN ", " ORDER BY t.event_time, t.seq",
                subject.profileIds(), rs -> {
                    TouchpointEvent e = EventJson.read(rs.getString(1));
                    events.putIfAbsent(e.source().key() + "\n" + e.messageId(), e);
                });
        for (TouchpointEvent e : pendingNaming(c, subject.identifiers())) {
            events.putIfAbsent(e.source().key() + "\n" + e.messageId(), e);
        }
        return new ArrayList<>(events.values());
    }

    /**
     * How a pending event's raw identifier is compared with the graph's normalised ones: exactly,
     * except emails, which the graph lower-cases. (Phone numbers the graph rewrites to E.164 are
     * not matched here; an event that carries only such a phone waits for the pipeline.)
     */
    private static String key(Identifier id) {
        String value = id.value().trim();
        return id.type().wireName() + ":" + (id.type() == IdentifierType.EMAIL ? value.toLowerCase(Locale.ROOT) : value);
    }

    /**
     * Events after the slowest reader's checkpoint that are on no timeline yet and carry one of the
     * identifiers (compared case-insensitively, as the graph normalises the common ones).
     */
    private static List<TouchpointEvent> pendingNaming(Connection c, List<Identifier> identifiers) throws SQLException {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        Set<String> wanted = new HashSet<>();
        for (Identifier id : identifiers) {
            wanted.add(key(id));
        }
        long after = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(position) FROM journal_checkpoint");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                after = rs.getLong(1);
            }
        }
        List<TouchpointEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT j.payload FROM journal_event j WHERE j.position > ?"
                + " AND j.payload NOT LIKE '%" + EventJournal.ANONYMISED + "%'"
                + " AND NOT EXISTS (SELECT 1 FROM timeline_event t WHERE t.source_key = j.source_key"
                + " AND t.message_id = j.message_id)")) {
            ps.setLong(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TouchpointEvent e = EventJson.read(rs.getString(1));
                    for (Identifier id : e.identifiers()) {
                        if (wanted.contains(key(id))) {
                            out.add(e);
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }
}
