package io.journeymap.connector.tracking.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.json.EventJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Parses a tracking request body into its messages, each with its own bytes (for the per-message
 * size limit and the derived messageId). A batch is streamed, so a message's size is known without
 * serialising it again.
 */
final class TrackingRequestParser {

    /** One message and the bytes it occupied in the body. */
    record RawMessage(JsonNode json, byte[] bytes) {
    }

    /** A parsed batch: its messages and its top-level context. */
    record Batch(List<RawMessage> messages, JsonNode context, String writeKey) {
    }

    private TrackingRequestParser() {
    }

    static RawMessage single(byte[] body) throws TrackingRejection {
        try {
            JsonNode json = EventJson.mapper().readTree(body);
            if (json == null || !json.isObject()) {
                throw new TrackingRejection(400, "invalid_request", "body must be one JSON object",
                        Map.of("errors", List.of(Map.of("field", "body", "rule", "type:object"))));
            }
            return new RawMessage(json, body);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    static Batch batch(byte[] body) throws TrackingRejection {
        List<RawMessage> messages = new ArrayList<>();
        JsonNode context = null;
        String writeKey = null;
        boolean sawBatch = false;
        try (JsonParser p = EventJson.mapper().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new TrackingRejection(400, "invalid_request", "body must be a JSON object with a batch array",
                        Map.of("errors", List.of(Map.of("field", "body", "rule", "type:object"))));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("batch".equals(field)) {
                    if (value != JsonToken.START_ARRAY) {
                        throw new TrackingRejection(400, "invalid_request", "batch must be an array",
                                Map.of("errors", List.of(Map.of("field", "batch", "rule", "type:array"))));
                    }
                    sawBatch = true;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (messages.size() == TrackingLimits.MAX_BATCH_MESSAGES) {
                            throw new TrackingRejection(413, "payload_too_large",
                                    "batch has more than " + TrackingLimits.MAX_BATCH_MESSAGES + " messages");
                        }
                        int start = (int) p.currentTokenLocation().getByteOffset();
                        JsonNode message = EventJson.mapper().readTree(p);
                        int end = (int) p.currentLocation().getByteOffset();
                        messages.add(new RawMessage(message, Arrays.copyOfRange(body, start, end)));
                    }
                } else if ("writeKey".equals(field) && value == JsonToken.VALUE_STRING) {
                    writeKey = p.getText();
                } else if ("context".equals(field)) {
                    context = EventJson.mapper().readTree(p);
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw malformed(e);
        }
        if (!sawBatch) {
            throw new TrackingRejection(400, "invalid_request", "batch is required",
                    Map.of("errors", List.of(Map.of("field", "batch", "rule", "required"))));
        }
        return new Batch(messages, context, writeKey);
    }

    private static TrackingRejection malformed(IOException e) {
        String where = e instanceof JsonProcessingException j && j.getLocation() != null
                ? " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() : "";
        return new TrackingRejection(400, "malformed_json", "body is not valid JSON" + where,
                Map.of("errors", List.of(Map.of("field", "body", "rule", "json"))));
    }
}
