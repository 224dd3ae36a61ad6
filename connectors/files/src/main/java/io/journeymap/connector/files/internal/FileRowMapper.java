package io.journeymap.connector.files.internal;

import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.EventValidator;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import io.journeymap.connector.common.rows.RowMessageIds;
import io.journeymap.connector.common.rows.RowOutcome;
import io.journeymap.connector.common.rows.SourceRow;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps one record of a dropped file to a {@code track} event by its file's mapping, collecting every
 * broken rule (a missing event name or timestamp, a timestamp not in the declared format, no identifier
 * at all, then the canonical rules) so the dead-letter entry says all that is wrong with the row.
 */
final class FileRowMapper {

    /** The connector name in every event's source. */
    static final String CONNECTOR = "files";

    private final FileMapping mapping;
    private final String fileName;
    private final Instant receivedAt;

    FileRowMapper(FileMapping mapping, String fileName, Instant receivedAt) {
        this.mapping = mapping;
        this.fileName = fileName;
        this.receivedAt = receivedAt;
    }

    RowOutcome map(SourceRow row) {
        List<Violation> v = new ArrayList<>();
        String event = mapping.fixedEvent();
        if (event == null) {
            event = row.text(mapping.eventColumn());
            if (event == null) {
                v.add(Violation.of(mapping.eventColumn(), "required", "the event name column is empty"));
            }
        }
        Instant timestamp = timestamp(row, v);
        List<Identifier> ids = new ArrayList<>();
        String userId = null;
        for (Map.Entry<IdentifierType, String> id : mapping.identifiers().entrySet()) {
            String value = row.text(id.getValue());
            if (value != null) {
                ids.add(Identifier.of(id.getKey(), value));
                userId = id.getKey() == IdentifierType.USER_ID ? value : userId;
            }
        }
        if (ids.isEmpty()) {
            v.add(Violation.of(String.join("|", mapping.identifiers().values()), "identifier-required",
                    "every identifier column is empty: the row names no person"));
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String column : mapping.properties()) {
            Object value = row.value(column);
            if (value != null && !"".equals(value)) {
                properties.put(column, value);
            }
        }
        if (!v.isEmpty()) {
            return RowOutcome.rejected(v);
        }
        properties.put("source_file", fileName);
        properties.put("source_line", row.line());
        TouchpointEvent e = new TouchpointEvent(RowMessageIds.of("file", fileName, row.line(), row.raw()), EventType.TRACK,
                event, null, properties, null, timestamp, receivedAt, userId, null, null, null, ids,
                new EventContext(mapping.channel(), null, null, null, null, null, null, null, null),
                mapping.textColumn() == null ? null : row.text(mapping.textColumn()),
                new EventSource(CONNECTOR, mapping.name()));
        List<Violation> canonical = EventValidator.validate(e);
        return canonical.isEmpty() ? RowOutcome.of(e) : RowOutcome.rejected(canonical);
    }

    private Instant timestamp(SourceRow row, List<Violation> v) {
        String text = row.text(mapping.timestampColumn());
        if (text == null) {
            v.add(Violation.of(mapping.timestampColumn(), "required", "the timestamp column is empty"));
            return null;
        }
        try {
            return mapping.timestamps().parse(text);
        } catch (DateTimeException e) {
            v.add(Violation.of(mapping.timestampColumn(), "timestamp-format",
                    "the timestamp is not in the declared format " + mapping.timestamps().spec()));
            return null;
        }
    }
}
