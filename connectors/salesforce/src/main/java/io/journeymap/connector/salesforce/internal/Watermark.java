package io.journeymap.connector.salesforce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far one object's sync got: every record with a SystemModstamp before {@code modstamp} was
 * delivered, and so were those at exactly {@code modstamp} whose Ids are listed. The next query asks
 * for SystemModstamp at or after {@code modstamp} (floored to the second, as SOQL wants it), ordered
 * by SystemModstamp and Id, and passes over what this says was delivered: the boundary is neither
 * lost nor delivered twice.
 *
 * @param modstamp     the newest SystemModstamp delivered
 * @param idsAtModstamp the Ids delivered whose SystemModstamp is exactly {@code modstamp}
 */
record Watermark(Instant modstamp, Set<String> idsAtModstamp) {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    Watermark {
        idsAtModstamp = Set.copyOf(idsAtModstamp);
    }

    /**
     * @param from where the backfill starts
     * @return a watermark before every record modified at or after {@code from}
     */
    static Watermark startingAt(Instant from) {
        return new Watermark(from, Set.of());
    }

    /**
     * @param systemModstamp a record's SystemModstamp, or null when it had none
     * @param id             its Id
     * @return whether it was delivered already
     */
    boolean delivered(Instant systemModstamp, String id) {
        if (systemModstamp == null) {
            return false;
        }
        int c = systemModstamp.compareTo(modstamp);
        return c < 0 || c == 0 && idsAtModstamp.contains(id);
    }

    /**
     * @param systemModstamp a record now delivered (records come in SystemModstamp order)
     * @param id             its Id
     * @return the watermark after it
     */
    Watermark after(Instant systemModstamp, String id) {
        if (systemModstamp == null || id == null || systemModstamp.isBefore(modstamp)) {
            return this;
        }
        if (systemModstamp.equals(modstamp)) {
            Set<String> ids = new TreeSet<>(idsAtModstamp);
            ids.add(id);
            return new Watermark(modstamp, ids);
        }
        return new Watermark(systemModstamp, Set.of(id));
    }

    /** @return the stored form: {@code {"systemModstamp":"…","ids":[…]}} */
    String toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("systemModstamp", modstamp.toString());
        new TreeSet<>(idsAtModstamp).forEach(n.putArray("ids")::add);
        return n.toString();
    }

    /**
     * @param json a stored watermark
     * @return it
     * @throws UncheckedIOException when it is not one
     */
    static Watermark fromJson(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            Instant at = Instant.parse(n.path("systemModstamp").asText());
            Set<String> ids = new TreeSet<>();
            n.path("ids").forEach(id -> ids.add(id.asText()));
            return new Watermark(at, ids);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("not a Salesforce watermark", e instanceof IOException io ? io
                    : new IOException(e.getMessage(), e));
        }
    }
}
