package io.journeymap.itests;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A HubSpot CRM API stand-in that runs outside Karaf, in HubSpot's documented shapes (the subset the
 * connector's sync calls): {@code POST /crm/v3/objects/{type}/search} with GTE/LT filters on the
 * modified-date property, an ascending sort, {@code limit}, {@code after} and
 * {@code paging.next.after}; {@code POST /crm/v4/associations/{type}/contacts/batch/read}. Bearer
 * tokens are checked (401), and scripted faults answer the next requests whose path matches.
 * (The component's own tests use a fuller stand-in; this one is kept apart so the itests depend on
 * the assembly only.)
 */
final class HubSpotStandIn implements AutoCloseable {

    record Obj(String id, Map<String, String> properties, long modified, List<String> contacts) {
    }

    record Fault(String pathContains, int status, Map<String, String> headers, String body) {
    }

    record Request(String method, String path, String body, long nanoTime, int status) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final String token;
    private final Map<String, Map<String, Obj>> objects = new ConcurrentHashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();

    HubSpotStandIn(String token) throws IOException {
        this.token = token;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void put(String type, String id, long modified, Map<String, String> properties, String... contacts) {
        objects.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                .put(id, new Obj(id, new LinkedHashMap<>(properties), modified, List.of(contacts)));
    }

    /** The next request whose path contains {@code pathContains} (when it is the first fault waiting) gets this answer. */
    synchronized void fault(String pathContains, int status, Map<String, String> headers, String body) {
        faults.add(new Fault(pathContains, status, headers, body));
    }

    synchronized int faultsWaiting() {
        return faults.size();
    }

    synchronized List<Request> requests(String pathContains) {
        return requests.stream().filter(r -> r.path().contains(pathContains)).toList();
    }

    private static String modifiedProperty(String type) {
        return type.equals("contacts") ? "lastmodifieddate" : "hs_lastmodifieddate";
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        long at = System.nanoTime();
        int status;
        String response;
        Map<String, String> headers = Map.of();
        Fault fault = nextFault(path);
        if (fault != null) {
            status = fault.status();
            headers = fault.headers();
            response = fault.body();
        } else if (auth == null || !auth.equals("Bearer " + token)) {
            status = 401;
            response = error("INVALID_AUTHENTICATION", "Authentication credentials not found.");
        } else {
            String[] p = path.split("/");
            try {
                if (path.matches("/crm/v3/objects/\\w+/search")) {
                    status = 200;
                    response = search(p[4], json.readTree(body));
                } else if (path.matches("/crm/v4/associations/\\w+/contacts/batch/read")) {
                    status = 200;
                    response = associations(p[4], json.readTree(body));
                } else {
                    status = 404;
                    response = error("OBJECT_NOT_FOUND", "no such endpoint");
                }
            } catch (RuntimeException e) {
                status = 500;
                response = error("INTERNAL_ERROR", e.toString());
            }
        }
        synchronized (this) {
            requests.add(new Request(ex.getRequestMethod(), path, body, at, status));
        }
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private synchronized Fault nextFault(String path) {
        Fault f = faults.peek();
        return f != null && path.contains(f.pathContains()) ? faults.poll() : null;
    }

    private String search(String type, JsonNode req) {
        long from = Long.MIN_VALUE;
        long before = Long.MAX_VALUE;
        for (JsonNode f : req.path("filterGroups").path(0).path("filters")) {
            long v = Long.parseLong(f.path("value").asText());
            if (f.path("operator").asText().equals("GTE")) {
                from = v;
            } else if (f.path("operator").asText().equals("LT")) {
                before = v;
            }
        }
        int limit = req.path("limit").asInt(10);
        int after = req.hasNonNull("after") ? Integer.parseInt(req.path("after").asText()) : 0;
        long lo = from;
        long hi = before;
        List<Obj> matching = objects.getOrDefault(type, Map.of()).values().stream()
                .filter(o -> o.modified() >= lo && o.modified() < hi)
                .sorted(Comparator.comparingLong(Obj::modified).thenComparing(o -> Integer.parseInt(o.id())))
                .toList();
        ObjectNode out = json.createObjectNode();
        out.put("total", matching.size());
        ArrayNode results = out.putArray("results");
        for (Obj o : matching.subList(Math.min(after, matching.size()), Math.min(after + limit, matching.size()))) {
            ObjectNode n = results.addObject();
            n.put("id", o.id());
            ObjectNode props = n.putObject("properties");
            String iso = Instant.ofEpochMilli(o.modified()).toString();
            props.put(modifiedProperty(type), iso);
            props.put("hs_object_id", o.id());
            o.properties().forEach(props::put);
            n.put("createdAt", "2026-01-01T00:00:00Z").put("updatedAt", iso).put("archived", false);
        }
        if (after + limit < matching.size()) {
            out.putObject("paging").putObject("next").put("after", Integer.toString(after + limit));
        }
        return out.toString();
    }

    private String associations(String type, JsonNode req) {
        ObjectNode out = json.createObjectNode();
        out.put("status", "COMPLETE");
        ArrayNode results = out.putArray("results");
        for (JsonNode in : req.path("inputs")) {
            Obj o = objects.getOrDefault(type, Map.of()).get(in.path("id").asText());
            if (o == null || o.contacts().isEmpty()) {
                continue;
            }
            ObjectNode r = results.addObject();
            r.putObject("from").put("id", o.id());
            ArrayNode to = r.putArray("to");
            for (String c : o.contacts()) {
                to.addObject().put("toObjectId", Long.parseLong(c)).putArray("associationTypes").addObject()
                        .put("category", "HUBSPOT_DEFINED").put("typeId", 194).putNull("label");
            }
        }
        return out.toString();
    }

    private String error(String category, String message) {
        return json.createObjectNode().put("status", "error").put("message", message)
                .put("correlationId", "00000000-0000-0000-0000-000000000000").put("category", category).toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
