package io.journeymap.connector.common.rows;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.Violation;
import io.journeymap.api.json.EventJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Streams a JSON-lines file (one JSON object per line, blank lines skipped), one record at a time.
 * Columns are dotted paths into the object ({@code caller.phone}); a line that is not a JSON object
 * becomes a malformed record, so one bad line never stops the file.
 */
public final class JsonLineRows implements Iterator<SourceRow> {

    private final BufferedReader in;
    private long line;
    private SourceRow next;

    /** @param in the file's lines */
    public JsonLineRows(BufferedReader in) {
        this.in = in;
        next = readRow();
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public SourceRow next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        SourceRow row = next;
        next = readRow();
        return row;
    }

    private SourceRow readRow() {
        try {
            String text;
            while ((text = in.readLine()) != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (!text.isBlank()) {
                    return parse(line, text);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourceRow parse(long line, String text) {
        try {
            JsonNode node = EventJson.mapper().readTree(text);
            if (node != null && node.isObject()) {
                return new JsonRow(line, node, text, null);
            }
        } catch (IOException e) {
            // reported below, without the parser's message: it quotes the content
        }
        return new JsonRow(line, null, text, Violation.of("row", "json-object", "the line is not a JSON object"));
    }

    private record JsonRow(long line, JsonNode node, String raw, Violation problem) implements SourceRow {

        @Override
        public String text(String column) {
            JsonNode n = at(column);
            if (n == null || n.isNull() || n.isContainerNode()) {
                return null;
            }
            String v = n.asText().strip();
            return v.isEmpty() ? null : v;
        }

        @Override
        public Object value(String column) {
            JsonNode n = at(column);
            return n == null || n.isNull() ? null : EventJson.mapper().convertValue(n, Object.class);
        }

        private JsonNode at(String path) {
            if (node == null) {
                return null;
            }
            JsonNode n = node;
            for (String part : path.split("\\.")) {
                n = n.get(part);
                if (n == null) {
                    return null;
                }
            }
            return n;
        }

        @Override
        public Optional<Violation> malformed() {
            return Optional.ofNullable(problem);
        }
    }
}
