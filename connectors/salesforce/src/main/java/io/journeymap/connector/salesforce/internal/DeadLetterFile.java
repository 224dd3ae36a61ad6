package io.journeymap.connector.salesforce.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeymap.api.event.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * The dead letters of one org: a JSON-lines file, one line per record that broke a rule, with the
 * object, the record Id (enough to open it in Salesforce) and every broken rule. No field values: they
 * may be personal data.
 */
final class DeadLetterFile {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Path file;

    DeadLetterFile(Path file) {
        this.file = file;
    }

    /** @param dead the records to write */
    synchronized void write(List<SalesforceRecordMapper.DeadLetter> dead, Instant at) {
        if (dead.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (SalesforceRecordMapper.DeadLetter d : dead) {
            ObjectNode n = JSON.createObjectNode();
            n.put("at", at.toString());
            n.put("object", d.objectType());
            n.put("id", d.recordId());
            var reasons = n.putArray("violations");
            for (Violation v : d.violations()) {
                reasons.addObject().put("field", v.field()).put("rule", v.rule()).put("message", v.message());
            }
            lines.append(n).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write dead letters to " + file, e);
        }
    }

    Path path() {
        return file;
    }
}
