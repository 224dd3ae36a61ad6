package io.journeymap.connector.hubspot.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.connector.common.BearerTokenAuth;
import io.journeymap.connector.common.HttpCallException;
import io.journeymap.connector.common.JsonHttpClient;
import io.journeymap.connector.common.RateLimitHeaders;
import io.journeymap.connector.common.RateLimiter;
import io.journeymap.connector.common.RetryPolicy;
import io.journeymap.connector.common.TokenBucket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The HubSpot CRM v3/v4 calls the component makes, over the shared {@link JsonHttpClient}. Search
 * has its own limiter (HubSpot limits it separately, 4 per second per token, with no rate-limit
 * headers); every other call shares one that HubSpot's {@code X-HubSpot-RateLimit-*} headers pause.
 */
final class HubSpotClient {

    /** HubSpot's most inputs in one batch request. */
    static final int MAX_BATCH_INPUTS = 100;

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonHttpClient http;
    private final RateLimiter searchLimiter;
    private final RateLimiter limiter;

    HubSpotClient(JsonHttpClient http, RateLimiter searchLimiter, RateLimiter limiter) {
        this.http = http;
        this.searchLimiter = searchLimiter;
        this.limiter = limiter;
    }

    /**
     * @param conf the endpoint's options (already validated)
     * @return a client with the configured auth, retries, timeouts and limits
     */
    static HubSpotClient create(HubSpotConfiguration conf) {
        Supplier<String> tokens = conf.getTokenSupplier() != null ? conf.getTokenSupplier() : conf::getAccessToken;
        RateLimiter search = new TokenBucket(conf.getSearchRequestsPerSecond(), 1);
        RateLimiter general = new TokenBucket(conf.getRequestsPerSecond(),
                Math.max(1, (int) Math.floor(conf.getRequestsPerSecond())));
        JsonHttpClient http = JsonHttpClient.builder()
                .setBaseUri(URI.create(conf.getBaseUrl()))
                .optAuth(new BearerTokenAuth(tokens))
                .optRetryPolicy(new RetryPolicy(conf.getMaxAttempts(), Duration.ofMillis(conf.getInitialRetryDelay()),
                        Duration.ofMillis(conf.getMaxRetryDelay()), 2.0, 0.5, Duration.ofMillis(conf.getRetryTimeout())))
                .optTimeouts(Duration.ofMillis(conf.getConnectTimeout()), Duration.ofMillis(conf.getRequestTimeout()))
                .optResponseHook(new RateLimitHeaders(general, "X-HubSpot-RateLimit-Remaining",
                        "X-HubSpot-RateLimit-Interval-Milliseconds", Duration.ofSeconds(10)))
                .optResponseHook(new RateLimitHeaders(general, "X-HubSpot-RateLimit-Secondly-Remaining", null,
                        Duration.ofSeconds(1)))
                .optUserAgent("journeymap-connector-hubspot")
                .build();
        return new HubSpotClient(http, search, general);
    }

    /**
     * {@code POST /crm/v3/objects/{objectType}/search}, filtered and sorted on the modified-date property.
     *
     * @param type  the object type
     * @param query the query
     * @return one page of results
     */
    SearchPage search(HubSpotObjectType type, SearchQuery query) throws HttpCallException, InterruptedException {
        String modified = type.modifiedProperty();
        List<Map<String, Object>> filters = new ArrayList<>();
        filters.add(ordered("propertyName", modified, "operator", "GTE", "value", Long.toString(query.modifiedFrom())));
        if (query.modifiedBefore() != null) {
            filters.add(ordered("propertyName", modified, "operator", "LT", "value",
                    Long.toString(query.modifiedBefore())));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filterGroups", List.of(Map.of("filters", filters)));
        body.put("sorts", List.of(ordered("propertyName", modified, "direction", "ASCENDING")));
        body.put("properties", query.properties());
        body.put("limit", query.limit());
        if (query.after() != null) {
            body.put("after", query.after());
        }
        JsonNode r = http.send("POST", "/crm/v3/objects/" + type.path() + "/search", body, searchLimiter).body();
        List<Map<String, Object>> results = new ArrayList<>();
        for (JsonNode n : r.path("results")) {
            results.add(n.isObject() ? http.mapper().convertValue(n, MAP) : new LinkedHashMap<>());
        }
        JsonNode after = r.path("paging").path("next").path("after");
        return new SearchPage(results, after.isMissingNode() || after.isNull() ? null : after.asText(),
                r.path("total").asLong(results.size()));
    }

    /**
     * {@code POST /crm/v4/associations/{objectType}/contacts/batch/read}.
     *
     * @param type the object type the ids belong to
     * @param ids  object ids, at most 1,000
     * @return for each id that has associated contacts, their ids and association labels
     */
    Map<String, List<Map<String, Object>>> associatedContacts(HubSpotObjectType type, List<String> ids)
            throws HttpCallException, InterruptedException {
        Map<String, List<Map<String, Object>>> byId = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        List<Map<String, Object>> inputs = ids.stream().map(id -> Map.<String, Object>of("id", id)).toList();
        JsonNode r = http.send("POST", "/crm/v4/associations/" + type.path() + "/contacts/batch/read",
                Map.of("inputs", inputs), limiter).body();
        for (JsonNode result : r.path("results")) {
            List<Map<String, Object>> contacts = new ArrayList<>();
            for (JsonNode to : result.path("to")) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("id", to.path("toObjectId").asText());
                JsonNode label = to.path("associationTypes").path(0).path("label");
                if (label.isTextual()) {
                    c.put("type", label.asText());
                }
                contacts.add(c);
            }
            byId.put(result.path("from").path("id").asText(), contacts);
        }
        return byId;
    }

    /**
     * {@code POST /crm/v3/objects/{objectType}/batch/read}: records by id, in the shape search returns them.
     *
     * @param type       the object type
     * @param ids        record ids, at most {@link #MAX_BATCH_INPUTS}
     * @param properties the properties to read
     * @return the records found (an id HubSpot no longer has is left out)
     */
    List<Map<String, Object>> batchRead(HubSpotObjectType type, List<String> ids, List<String> properties)
            throws HttpCallException, InterruptedException {
        if (ids.size() > MAX_BATCH_INPUTS) {
            throw new IllegalArgumentException("a batch holds at most " + MAX_BATCH_INPUTS + " inputs");
        }
        List<Map<String, Object>> records = new ArrayList<>();
        if (ids.isEmpty()) {
            return records;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("properties", properties);
        body.put("inputs", ids.stream().map(id -> Map.<String, Object>of("id", id)).toList());
        JsonNode r = http.send("POST", "/crm/v3/objects/" + type.path() + "/batch/read", body, limiter).body();
        for (JsonNode n : r.path("results")) {
            records.add(n.isObject() ? http.mapper().convertValue(n, MAP) : new LinkedHashMap<>());
        }
        return records;
    }

    /**
     * Adds each record's associated contacts in the shape a GET with {@code ?associations=contacts}
     * returns ({@code associations.contacts.results[{id, type}]}), which the record mapper reads:
     * search and batch read return no associations.
     *
     * @param type    the records' object type
     * @param records records, changed in place
     */
    void attachAssociatedContacts(HubSpotObjectType type, List<Map<String, Object>> records)
            throws HttpCallException, InterruptedException {
        List<String> ids = records.stream().map(HubSpotRecords::id).filter(id -> id != null).toList();
        Map<String, List<Map<String, Object>>> contacts = associatedContacts(type, ids);
        for (Map<String, Object> r : records) {
            List<Map<String, Object>> found = contacts.get(HubSpotRecords.id(r));
            if (found != null && !found.isEmpty()) {
                Map<String, Object> associations = new LinkedHashMap<>();
                associations.put("contacts", Map.of("results", found));
                r.put("associations", associations);
            }
        }
    }

    /**
     * {@code PATCH /crm/v3/objects/{objectType}/{id}[?idProperty=…]}.
     *
     * @param type       the object type
     * @param id         the record id, or the value of {@code idProperty}
     * @param idProperty a unique property naming the object, or null for the record id
     * @param properties the new values
     * @return the updated object
     */
    Map<String, Object> update(HubSpotObjectType type, String id, String idProperty, Map<String, Object> properties)
            throws HttpCallException, InterruptedException {
        String path = "/crm/v3/objects/" + type.path() + "/" + segment(id)
                + (idProperty == null ? "" : "?idProperty=" + segment(idProperty));
        return http.mapper().convertValue(http.send("PATCH", path, Map.of("properties", properties), limiter).body(),
                MAP);
    }

    /**
     * {@code POST /crm/v3/objects/{objectType}/batch/update}: 200 when every input was applied, 207
     * with {@code errors[]} when some were not.
     *
     * @param type   the object type
     * @param inputs at most {@link #MAX_BATCH_INPUTS} {@code {id, properties}} maps
     * @return the response: {@code status}, {@code results[]} and, on 207, {@code errors[]}
     */
    Map<String, Object> batchUpdate(HubSpotObjectType type, List<Map<String, Object>> inputs)
            throws HttpCallException, InterruptedException {
        if (inputs.size() > MAX_BATCH_INPUTS) {
            throw new IllegalArgumentException("a batch holds at most " + MAX_BATCH_INPUTS + " inputs");
        }
        return http.mapper().convertValue(http.send("POST", "/crm/v3/objects/" + type.path() + "/batch/update",
                Map.of("inputs", inputs), limiter).body(), MAP);
    }

    // Keys in a stable order, so requests read the same in logs and stand-ins.
    private static Map<String, Object> ordered(String... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
