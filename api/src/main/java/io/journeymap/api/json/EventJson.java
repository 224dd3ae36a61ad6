package io.journeymap.api.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.journeymap.api.event.TouchpointEvent;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads and writes the canonical event as JSON. One configured, thread-safe mapper for every
 * bundle: timestamps as ISO-8601 strings, unknown fields ignored on read (a newer writer may add
 * fields that an older reader does not know).
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private EventJson() {
    }

    /** @return the shared mapper; do not reconfigure it */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * @param event an event
     * @return its JSON
     */
    public static String write(TouchpointEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param json the JSON of one event
     * @return the event
     * @throws UncheckedIOException when the JSON is not a canonical event
     */
    public static TouchpointEvent read(String json) {
        try {
            return MAPPER.readValue(json, TouchpointEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param json the UTF-8 JSON of one event
     * @return the event
     * @throws UncheckedIOException when the JSON is not a canonical event
     */
    public static TouchpointEvent read(byte[] json) {
        try {
            return MAPPER.readValue(json, TouchpointEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
