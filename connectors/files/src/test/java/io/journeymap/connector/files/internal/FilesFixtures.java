package io.journeymap.connector.files.internal;

import java.util.HashMap;
import java.util.Map;

/** The configuration the tests share: the three mappings the feature ships as examples. */
final class FilesFixtures {

    private FilesFixtures() {
    }

    static Map<String, Object> config(String dropDir) {
        Map<String, Object> c = new HashMap<>();
        c.put("drop.dir", dropDir);
        c.put("poll.interval.ms", "200");
        c.put("readlock.min.age.ms", "0");
        c.put("chunk.size", "2");
        c.put("mapping.store_visits.pattern", "store-visits*.csv");
        c.put("mapping.store_visits.event", "Store Visit");
        c.put("mapping.store_visits.timestamp.column", "visited_at");
        c.put("mapping.store_visits.timestamp.format", "yyyy-MM-dd HH:mm:ss");
        c.put("mapping.store_visits.timezone", "Europe/Berlin");
        c.put("mapping.store_visits.id.user_id", "loyalty_id");
        c.put("mapping.store_visits.id.email", "email");
        c.put("mapping.store_visits.id.phone", "phone");
        c.put("mapping.store_visits.properties", "visit_id,store_id,store_name,basket_value");
        c.put("mapping.store_visits.text", "notes");
        c.put("mapping.calls.pattern", "call-center*.jsonl");
        c.put("mapping.calls.event", "Call Center Call");
        c.put("mapping.calls.timestamp.column", "started_at");
        c.put("mapping.calls.id.phone", "caller.phone");
        c.put("mapping.calls.id.email", "caller.email");
        c.put("mapping.calls.id.salesforce_contact_id", "crm_contact_id");
        c.put("mapping.calls.properties", "call_id,queue,duration_seconds,disposition");
        c.put("mapping.calls.text", "transcript");
        c.put("mapping.events.pattern", "event-attendance*.csv");
        c.put("mapping.events.event", "Event Attended");
        c.put("mapping.events.timestamp.column", "Check-In Date");
        c.put("mapping.events.timestamp.format", "yyyy-MM-dd HH:mm:ss");
        c.put("mapping.events.timezone", "America/New_York");
        c.put("mapping.events.id.email", "Email");
        c.put("mapping.events.properties", "Event Name,Ticket Type,Attendee Status");
        return c;
    }
}
