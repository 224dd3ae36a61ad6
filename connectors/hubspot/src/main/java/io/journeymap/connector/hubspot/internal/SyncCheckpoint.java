package io.journeymap.connector.hubspot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where an incremental sync stands: every object modified before {@code modifiedSince} was delivered,
 * and so were those at exactly {@code modifiedSince} whose ids are listed. The next search asks for
 * modified at-or-after {@code modifiedSince} and passes over the listed ids, so an instant shared by
 * several objects is neither lost nor delivered twice.
 *
 * @param modifiedSince epoch milliseconds
 * @param deliveredIds  ids already delivered whose modification is exactly {@code modifiedSince}
 */
record SyncCheckpoint(long modifiedSince, Set<String> deliveredIds) {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    SyncCheckpoint {
        deliveredIds = Set.copyOf(deliveredIds);
    }

    /**
     * @param startMillis where to start
     * @return a checkpoint before every object modified at or after the start
     */
    static SyncCheckpoint startingAt(long startMillis) {
        return new SyncCheckpoint(startMillis, Set.of());
    }

    /**
     * @param modified an object's modification, epoch milliseconds, or null when unknown
     * @param id       its id
     * @return whether it was delivered already
     */
    boolean delivered(Long modified, String id) {
        return modified != null && (modified < modifiedSince || modified == modifiedSince && deliveredIds.contains(id));
    }

    /** @return the stored form: {@code {"modifiedSince":…,"deliveredIds":[…]}} */
    String toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("modifiedSince", modifiedSince);
        new TreeSet<>(deliveredIds).forEach(n.putArray("deliveredIds")::add);
        return n.toString();
    }

    /**
     * @param json a stored checkpoint
     * @return it
     * @throws UncheckedIOException when it is not one
     */
    static SyncCheckpoint fromJson(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            if (!n.path("modifiedSince").canConvertToLong()) {
                throw new IOException("no modifiedSince");
            }
            Set<String> ids = new TreeSet<>();
            n.path("deliveredIds").forEach(id -> ids.add(id.asText()));
            return new SyncCheckpoint(n.path("modifiedSince").asLong(), ids);
        } catch (IOException e) {
            throw new UncheckedIOException("not a HubSpot sync checkpoint", e);
        }
    }
}
