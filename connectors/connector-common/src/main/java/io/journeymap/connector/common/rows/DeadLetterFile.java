package io.journeymap.connector.common.rows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeymap.api.event.Violation;
import io.journeymap.api.json.EventJson;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The records of one input file that could not be taken, next to it in {@code .errors/<file>.errors.jsonl}:
 * one JSON line each with the line number, every broken rule (field, rule, message) and the record as
 * it was, so an operator can fix and re-drop just those. Created on the first error only, and
 * replaced when the same file is read again, so a re-read after a crash lists each record once.
 */
public final class DeadLetterFile implements AutoCloseable {

    private final Path path;
    private final String fileName;
    private FileChannel channel;
    private OutputStream out;
    private int count;

    /**
     * @param input the file being imported; any earlier errors file of the same name is removed
     * @throws IOException when the old errors file cannot be removed
     */
    public DeadLetterFile(Path input) throws IOException {
        this.fileName = input.getFileName().toString();
        this.path = errorsFileOf(input);
        Files.deleteIfExists(path);
    }

    /**
     * @param input an input file
     * @return where its dead letters go
     */
    public static Path errorsFileOf(Path input) {
        return input.resolveSibling(".errors").resolve(input.getFileName() + ".errors.jsonl");
    }

    /**
     * @param line       the record's line
     * @param violations what it broke
     * @param raw        the record as it was in the file
     * @throws IOException when the entry cannot be written
     */
    public void write(long line, List<Violation> violations, String raw) throws IOException {
        if (out == null) {
            Files.createDirectories(path.getParent());
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            out = Channels.newOutputStream(channel);
        }
        ObjectNode entry = EventJson.mapper().createObjectNode();
        entry.put("file", fileName);
        entry.put("line", line);
        ArrayNode errors = entry.putArray("errors");
        for (Violation v : violations) {
            errors.addObject().put("field", v.field()).put("rule", v.rule()).put("message", v.message());
        }
        entry.put("record", raw);
        out.write(EventJson.mapper().writeValueAsBytes(entry));
        out.write('\n');
        count++;
    }

    /** @return how many records were written */
    public int count() {
        return count;
    }

    /** @return where the entries are */
    public Path path() {
        return path;
    }

    /** Forces the entries to disk before the input is marked done. */
    @Override
    public void close() throws IOException {
        if (out != null) {
            out.flush();
            channel.force(true);
            out.close();
        }
    }
}
