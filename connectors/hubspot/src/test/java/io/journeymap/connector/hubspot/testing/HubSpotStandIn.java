package io.journeymap.connector.hubspot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

/**
 * A local stand-in for the HubSpot CRM API, following its documented request and response shapes:
 * {@code POST /crm/v3/objects/{type}/search} (filterGroups with GTE/LT on the modified property,
 * one ascending sort, limit, {@code after} as an offset, {@code paging.next.after}, and a 400 when
 * paging past the result cap), {@code POST /crm/v4/associations/{type}/contacts/batch/read},
 * {@code POST /crm/v3/objects/{type}/batch/read} (the found inputs' {@code results[]}, missing ids
 * left out), {@code PATCH /crm/v3/objects/{type}/{id}[?idProperty=]} and {@code POST .../batch/update}
 * (200, or 207 with {@code errors[]}; 400 over 100 inputs). Bearer tokens are checked (401 otherwise), and
 * scripted faults answer the next matching requests.
 */
public final class HubSpotStandIn implements AutoCloseable {

    public static final String TOKEN = "pat-na1-good";

    public record Obj(String id, Map<String, String> properties, long modified, List<String> contacts) {
    }

    public record Fault(String pathContains, int status, Map<String, String> headers, String body) {
    }

    public record Request(String method, String path, String authorization, String body, long nanoTime, int status) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final Map<String, Map<String, Obj>> objects = new ConcurrentHashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();
    private final Set<String> tokens;
    private volatile int searchCap = 10_000;
    private volatile IntConsumer afterSearch = n -> { };
    private int searches;

    /** A stand-in that accepts {@link #TOKEN}. */
    public HubSpotStandIn() throws IOException {
        this(TOKEN);
    }

    /** @param token the private-app token it accepts */
    public HubSpotStandIn(String token) throws IOException {
        tokens = new HashSet<>(Set.of(token));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void put(String type, String id, long modified, Map<String, String> properties, String... contacts) {
        objects.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                .put(id, new Obj(id, new LinkedHashMap<>(properties), modified, List.of(contacts)));
    }

    public Obj get(String type, String id) {
        return objects.getOrDefault(type, Map.of()).get(id);
    }

    public synchronized void fault(String pathContains, int status, Map<String, String> headers, String body) {
        faults.add(new Fault(pathContains, status, headers, body));
    }

    public void searchCap(int cap) {
        searchCap = cap;
    }

    /** Runs after the n-th search (1-based) was answered, e.g. to modify an object mid-sync. */
    public void afterSearch(IntConsumer hook) {
        afterSearch = hook;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** @return the requests whose path contains the text, any method */
    public List<Request> requests(String pathContains) {
        return requests().stream().filter(r -> r.path().contains(pathContains)).toList();
    }

    /** @return how many scripted faults have not been served yet */
    public synchronized int faultsWaiting() {
        return faults.size();
    }

    public List<Request> requests(String method, String pathContains) {
        return requests().stream().filter(r -> r.method().equals(method) && r.path().contains(pathContains)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().toString();
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        long at = System.nanoTime();
        int status;
        String response;
        Map<String, String> headers = Map.of();
        Fault fault = nextFault(path);
        boolean search = false;
        if (auth == null || !auth.startsWith("Bearer ") || !tokens.contains(auth.substring(7))) {
            status = 401;
            response = error("INVALID_AUTHENTICATION", "Authentication credentials not found.");
        } else if (fault != null) {
            status = fault.status();
            headers = fault.headers();
            response = fault.body();
        } else {
            try {
                String[] p = ex.getRequestURI().getPath().split("/");
                if (method.equals("POST") && path.matches("/crm/v3/objects/\\w+/search")) {
                    search = true;
                    Object[] r = search(p[4], json.readTree(body));
                    status = (Integer) r[0];
                    response = (String) r[1];
                } else if (method.equals("POST") && path.matches("/crm/v4/associations/\\w+/contacts/batch/read")) {
                    status = 200;
                    response = associations(p[4], json.readTree(body));
                } else if (method.equals("PATCH") && p.length == 6) {
                    Object[] r = update(p[4], p[5], ex.getRequestURI().getQuery(), json.readTree(body));
                    status = (Integer) r[0];
                    response = (String) r[1];
                } else if (method.equals("POST") && path.matches("/crm/v3/objects/\\w+/batch/read")) {
                    Object[] r = batchRead(p[4], json.readTree(body));
                    status = (Integer) r[0];
                    response = (String) r[1];
                } else if (method.equals("POST") && path.matches("/crm/v3/objects/\\w+/batch/update")) {
                    Object[] r = batchUpdate(p[4], json.readTree(body));
                    status = (Integer) r[0];
                    response = (String) r[1];
                } else {
                    status = 404;
                    response = error("OBJECT_NOT_FOUND", "no such endpoint");
                }
            } catch (RuntimeException e) {
                status = 500;
                response = error("INTERNAL_ERROR", e.toString());
            }
        }
        int n;
        synchronized (this) {
            requests.add(new Request(method, path, auth, body, at, status));
            n = search && status == 200 ? ++searches : 0;
        }
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
        if (n > 0) {
            afterSearch.accept(n);
        }
    }

    private synchronized Fault nextFault(String path) {
        Fault f = faults.peek();
        if (f != null && path.contains(f.pathContains())) {
            return faults.poll();
        }
        return null;
    }

    private Object[] search(String type, JsonNode req) {
        String modified = modifiedProperty(type);
        long from = Long.MIN_VALUE;
        long before = Long.MAX_VALUE;
        for (JsonNode f : req.path("filterGroups").path(0).path("filters")) {
            if (!f.path("propertyName").asText().equals(modified)) {
                return new Object[] {400, error("VALIDATION_ERROR", "unexpected filter")};
            }
            long v = Long.parseLong(f.path("value").asText());
            switch (f.path("operator").asText()) {
                case "GTE" -> from = v;
                case "LT" -> before = v;
                default -> {
                    return new Object[] {400, error("VALIDATION_ERROR", "unsupported operator")};
                }
            }
        }
        JsonNode sort = req.path("sorts").path(0);
        if (!sort.path("propertyName").asText().equals(modified)
                || !sort.path("direction").asText().equals("ASCENDING")) {
            return new Object[] {400, error("VALIDATION_ERROR", "expected an ascending sort on the modified date")};
        }
        int limit = req.path("limit").asInt(10);
        int after = req.hasNonNull("after") ? Integer.parseInt(req.path("after").asText()) : 0;
        if (limit > 200) {
            return new Object[] {400, error("VALIDATION_ERROR", "limit must be at most 200")};
        }
        if (after + limit > searchCap) {
            return new Object[] {400, error("VALIDATION_ERROR", "paging past " + searchCap + " results is not supported")};
        }
        long lo = from;
        long hi = before;
        List<Obj> matching = objects.getOrDefault(type, Map.of()).values().stream()
                .filter(o -> o.modified() >= lo && o.modified() < hi)
                .sorted(Comparator.comparingLong(Obj::modified).thenComparing(o -> Integer.parseInt(o.id())))
                .toList();
        ObjectNode out = json.createObjectNode();
        out.put("total", matching.size());
        ArrayNode results = out.putArray("results");
        Set<String> wanted = new HashSet<>();
        req.path("properties").forEach(p -> wanted.add(p.asText()));
        for (Obj o : matching.subList(Math.min(after, matching.size()), Math.min(after + limit, matching.size()))) {
            results.add(object(o, modified, wanted));
        }
        if (after + limit < matching.size()) {
            out.putObject("paging").putObject("next").put("after", Integer.toString(after + limit))
                    .put("link", "?after=" + (after + limit));
        }
        return new Object[] {200, out.toString()};
    }

    /** HubSpot's last-modified property: contacts have their own name for it. */
    private static String modifiedProperty(String type) {
        return type.equals("contacts") ? "lastmodifieddate" : "hs_lastmodifieddate";
    }

    private ObjectNode object(Obj o, String modified, Set<String> wanted) {
        ObjectNode n = json.createObjectNode();
        n.put("id", o.id());
        ObjectNode props = n.putObject("properties");
        String iso = Instant.ofEpochMilli(o.modified()).toString();
        props.put(modified, iso);
        props.put("hs_object_id", o.id());
        o.properties().forEach((k, v) -> {
            if (wanted.isEmpty() || wanted.contains(k)) {
                props.put(k, v);
            }
        });
        n.put("createdAt", "2026-01-01T00:00:00Z");
        n.put("updatedAt", iso);
        n.put("archived", false);
        return n;
    }

    private Object[] batchRead(String type, JsonNode req) {
        String modified = modifiedProperty(type);
        if (req.path("inputs").size() > 100) {
            return new Object[] {400, error("VALIDATION_ERROR", "at most 100 inputs")};
        }
        Set<String> wanted = new HashSet<>();
        req.path("properties").forEach(p -> wanted.add(p.asText()));
        ObjectNode out = json.createObjectNode();
        out.put("status", "COMPLETE");
        ArrayNode results = out.putArray("results");
        for (JsonNode in : req.path("inputs")) {
            Obj o = get(type, in.path("id").asText());
            if (o != null) {
                results.add(object(o, modified, wanted));
            }
        }
        out.put("startedAt", "2026-01-01T00:00:00Z").put("completedAt", "2026-01-01T00:00:00Z");
        return new Object[] {200, out.toString()};
    }

    private String associations(String type, JsonNode req) {
        ObjectNode out = json.createObjectNode();
        out.put("status", "COMPLETE");
        ArrayNode results = out.putArray("results");
        for (JsonNode in : req.path("inputs")) {
            Obj o = get(type, in.path("id").asText());
            if (o == null || o.contacts().isEmpty()) {
                continue;
            }
            ObjectNode r = results.addObject();
            r.putObject("from").put("id", o.id());
            ArrayNode to = r.putArray("to");
            for (String c : o.contacts()) {
                ObjectNode t = to.addObject();
                t.put("toObjectId", Long.parseLong(c));
                t.putArray("associationTypes").addObject().put("category", "HUBSPOT_DEFINED").put("typeId", 194)
                        .putNull("label");
            }
        }
        out.put("startedAt", "2026-11-28T10:00:00Z").put("completedAt", "2026-11-28T10:00:00Z");
        return out.toString();
    }

    private Object[] update(String type, String id, String query, JsonNode req) {
        String modified = modifiedProperty(type);
        Obj o;
        if (query != null && query.startsWith("idProperty=")) {
            String prop = query.substring("idProperty=".length());
            o = objects.getOrDefault(type, Map.of()).values().stream()
                    .filter(x -> id.equals(x.properties().get(prop))).findFirst().orElse(null);
        } else {
            o = get(type, id);
        }
        if (o == null) {
            return new Object[] {404, error("OBJECT_NOT_FOUND", "resource not found")};
        }
        Obj updated = apply(type, o, req.path("properties"));
        return new Object[] {200, object(updated, modified, Set.of()).toString()};
    }

    private Object[] batchUpdate(String type, JsonNode req) {
        String modified = modifiedProperty(type);
        if (req.path("inputs").size() > 100) {
            return new Object[] {400, error("VALIDATION_ERROR", "Batch input limit is 100")};
        }
        ObjectNode out = json.createObjectNode();
        out.put("status", "COMPLETE");
        ArrayNode results = out.putArray("results");
        ArrayNode errors = json.createArrayNode();
        for (JsonNode in : req.path("inputs")) {
            Obj o = get(type, in.path("id").asText());
            if (o == null) {
                ObjectNode e = errors.addObject();
                e.put("status", "error").put("category", "OBJECT_NOT_FOUND").put("message", "Could not get some "
                        + type + " objects, they may be deleted or not exist.");
                e.putObject("context").putArray("ids").add(in.path("id").asText());
                continue;
            }
            results.add(object(apply(type, o, in.path("properties")), modified, Set.of()));
        }
        if (!errors.isEmpty()) {
            out.set("errors", errors);
            out.put("numErrors", errors.size());
            return new Object[] {207, out.toString()};
        }
        return new Object[] {200, out.toString()};
    }

    private Obj apply(String type, Obj o, JsonNode properties) {
        Map<String, String> props = new LinkedHashMap<>(o.properties());
        properties.fields().forEachRemaining(e -> props.put(e.getKey(), e.getValue().asText()));
        Obj updated = new Obj(o.id(), props, System.currentTimeMillis(), o.contacts());
        objects.get(type).put(o.id(), updated);
        return updated;
    }

    private String error(String category, String message) {
        ObjectNode e = json.createObjectNode();
        e.put("status", "error").put("message", message).put("correlationId", "00000000-0000-0000-0000-000000000000")
                .put("category", category);
        return e.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
