package io.journeymap.connector.kafka.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventValidator;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import io.journeymap.api.json.EventJson;
import io.journeymap.connector.common.rows.RowOutcome;
import io.journeymap.connector.common.segment.SegmentMessageMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Maps one record value to the canonical event: a canonical event is read and checked as it is
 * (keeping the source it names, which scopes its messageId); a Segment message goes through the same
 * mapper as the HTTP tracking API. Either way a bad record yields the broken rules, never an exception.
 */
final class KafkaRecordMapper {

    /** The connector name in the source of events that name none. */
    static final String CONNECTOR = "kafka";

    private final RecordFormat format;
    private final EventSource source;

    KafkaRecordMapper(RecordFormat format, String instance) {
        this.format = format;
        this.source = new EventSource(CONNECTOR, instance);
    }

    RowOutcome map(String value, Instant receivedAt) {
        if (value == null || value.isBlank()) {
            return RowOutcome.rejected(List.of(Violation.of("value", "required", "the record has no value")));
        }
        JsonNode json;
        try {
            json = EventJson.mapper().readTree(value);
        } catch (IOException e) {
            return RowOutcome.rejected(List.of(Violation.of("value", "json", "the record value is not valid JSON")));
        }
        if (json == null || !json.isObject()) {
            return RowOutcome.rejected(List.of(Violation.of("value", "type:object", "the record value must be a JSON object")));
        }
        return format == RecordFormat.SEGMENT ? segment(json, value, receivedAt) : canonical(json, receivedAt);
    }

    private RowOutcome segment(JsonNode json, String value, Instant receivedAt) {
        SegmentMessageMapper.Mapped m = SegmentMessageMapper.map(json, value.getBytes(StandardCharsets.UTF_8), null, null,
                source, false, receivedAt);
        return m.ok() ? RowOutcome.of(m.event()) : RowOutcome.rejected(m.violations());
    }

    private RowOutcome canonical(JsonNode json, Instant receivedAt) {
        TouchpointEvent e;
        try {
            e = EventJson.mapper().treeToValue(json, TouchpointEvent.class);
        } catch (IOException | IllegalArgumentException ex) {
            // Jackson's message quotes the content; name the field only
            String field = ex instanceof com.fasterxml.jackson.databind.JsonMappingException jm && !jm.getPath().isEmpty()
                    ? jm.getPath().get(0).getFieldName() : "value";
            return RowOutcome.rejected(List.of(Violation.of(field == null ? "value" : field, "canonical",
                    "the record is not a canonical event")));
        }
        TouchpointEvent filled = new TouchpointEvent(e.messageId(), e.type(), e.event(), e.name(), e.properties(),
                e.traits(), e.timestamp(), e.receivedAt() != null ? e.receivedAt() : receivedAt, e.userId(),
                e.anonymousId(), e.groupId(), e.previousId(), e.identifiers(), e.context(), e.text(),
                e.source() != null ? e.source() : source);
        List<Violation> v = EventValidator.validate(filled);
        return v.isEmpty() ? RowOutcome.of(filled) : RowOutcome.rejected(v);
    }
}
