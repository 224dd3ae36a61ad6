package io.journeymap.connector.salesforce.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One batch of a SOQL query as the REST API's query resource returns it:
 * {@code {"totalSize":…,"done":…,"nextRecordsUrl":"/services/data/vXX.X/query/01g…-2000","records":[…]}};
 * {@code nextRecordsUrl} is there while {@code done} is false.
 *
 * @param totalSize      how many records the whole query matched
 * @param done           whether this is the last batch
 * @param nextRecordsUrl where the next batch is, null on the last
 * @param records        the records; an element that is no JSON object is null, for the dead letters
 */
record QueryPage(long totalSize, boolean done, String nextRecordsUrl, List<Map<String, Object>> records) {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> RECORD = new TypeReference<>() { };

    /**
     * @param body the response body
     * @return the page
     * @throws IOException when the body is not a query response
     */
    static QueryPage parse(String body) throws IOException {
        JsonNode n = JSON.readTree(body);
        if (n == null || !n.isObject() || !n.path("records").isArray() || !n.path("done").isBoolean()) {
            throw new IOException("not a query response: expected an object with done and records[]");
        }
        List<Map<String, Object>> records = new ArrayList<>();
        for (JsonNode r : n.path("records")) {
            records.add(r.isObject() ? JSON.convertValue(r, RECORD) : null);
        }
        String next = n.path("nextRecordsUrl").isTextual() ? n.path("nextRecordsUrl").asText() : null;
        boolean done = n.path("done").asBoolean();
        if (!done && next == null) {
            throw new IOException("query response has done=false and no nextRecordsUrl");
        }
        return new QueryPage(n.path("totalSize").asLong(), done, done ? null : next, records);
    }
}
