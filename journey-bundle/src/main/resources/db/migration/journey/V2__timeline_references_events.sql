-- A timeline row now references its event in journal_event, which holds every accepted event
-- exactly once in both modes (in cluster mode the pipeline stores what it reads from Kafka there
-- before it adds the timeline rows). The timeline no longer keeps a second copy of each payload,
-- which halves the bytes written per event. Portable between H2 2.x and PostgreSQL 15+.

-- Events that so far existed only on a timeline (cluster mode) move into the event store first.
INSERT INTO journal_event (source_key, message_id, received_at, payload)
SELECT t.source_key, t.message_id, t.event_time, t.payload
FROM timeline_event t
WHERE NOT EXISTS (SELECT 1 FROM journal_event j WHERE j.source_key = t.source_key AND j.message_id = t.message_id);

ALTER TABLE timeline_event DROP COLUMN payload;
