package io.journeymap.connector.salesforce.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the parts of Salesforce the connector uses, with the documented request and
 * response shapes: the OAuth 2.0 token endpoint ({@code POST /services/oauth2/token}, refresh-token
 * grant and, once {@link #acceptJwt} named a certificate's key, the JWT bearer grant with an RS256
 * assertion whose {@code iss}, {@code sub}, {@code aud} and {@code exp} Salesforce checks; answering {@code access_token}, {@code instance_url}, {@code id}, {@code token_type},
 * {@code issued_at}, {@code signature}), token revocation, and the REST query resource
 * ({@code GET /services/data/vXX.X/query/?q=} and its {@code nextRecordsUrl} batches, answering
 * {@code totalSize}, {@code done}, {@code nextRecordsUrl}, {@code records[{attributes:{type,url},…}]}).
 * Errors come back as Salesforce sends them: a JSON array of {@code {message, errorCode}}.
 *
 * <p>It understands only the connector's SOQL shape ({@code SELECT … FROM X WHERE SystemModstamp >= a
 * AND SystemModstamp < b ORDER BY SystemModstamp ASC, Id ASC}) and returns only the selected fields,
 * so a mapper that reads an unselected field fails here as it would against Salesforce.
 */
public final class SalesforceStandIn implements AutoCloseable {

    public static final String CLIENT_ID = "3MVG9standInConsumerKey";
    public static final String CLIENT_SECRET = "standInConsumerSecret0123456789";
    public static final String REFRESH_TOKEN = "5Aep861standInRefreshToken";
    public static final String API_VERSION = "62.0";

    /** A failure the next data call answers with instead of data. */
    public enum Fault {
        /** No failure: the call is served (to fail a later call in the queue). */
        PASS(200, null, null),
        /** 401 INVALID_SESSION_ID: the access token expired; the client must log in again. */
        SESSION_EXPIRED(401, "INVALID_SESSION_ID", "Session expired or invalid"),
        /** 503 REQUEST_LIMIT_EXCEEDED: too many concurrent long requests. */
        CONCURRENT_LIMIT(503, "REQUEST_LIMIT_EXCEEDED", "ConcurrentPerOrgLongTxn Limit exceeded."),
        /** 403 REQUEST_LIMIT_EXCEEDED: the org's rolling 24-hour API request limit. */
        DAILY_LIMIT(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded."),
        /** 429: too many requests (as an API gateway in front of Salesforce answers). */
        TOO_MANY_REQUESTS(429, "REQUEST_LIMIT_EXCEEDED", "Too many requests."),
        /** 500 UNKNOWN_EXCEPTION: Salesforce's internal error. */
        SERVER_ERROR(500, "UNKNOWN_EXCEPTION", "An unexpected error occurred. Please include this ErrorId if you "
                + "contact support: 1940583747-123456 (-1234567)"),
        /** No answer within the client's timeout: the call is served only after {@link #SLOW_REPLY}. */
        SLOW(200, null, null),
        /** 400 MALFORMED_QUERY: a permanent error. */
        MALFORMED_QUERY(400, "MALFORMED_QUERY", "unexpected token");

        final int status;
        final String code;
        final String message;

        Fault(int status, String code, String message) {
            this.status = status;
            this.code = code;
            this.message = message;
        }
    }

    /** How late a {@link Fault#SLOW} call is answered: past the shortest client timeout (1 s). */
    public static final java.time.Duration SLOW_REPLY = java.time.Duration.ofMillis(2500);

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern SOQL = Pattern.compile("SELECT (.+) FROM (\\w+) WHERE SystemModstamp >= (\\S+) "
            + "AND SystemModstamp < (\\S+) ORDER BY SystemModstamp ASC, Id ASC");
    private static final DateTimeFormatter SF_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final HttpServer server;
    private final int pageSize;
    private final Map<String, Map<String, Map<String, Object>>> objects = new ConcurrentHashMap<>();
    private final Map<String, List<Map<String, Object>>> cursors = new ConcurrentHashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<String> dataRequests = new CopyOnWriteArrayList<>();
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();
    private volatile String accessToken;
    private volatile boolean loginRefused;
    private volatile PublicKey jwtKey;
    private volatile String jwtUsername;
    private final List<Map<String, Object>> jwtClaims = new CopyOnWriteArrayList<>();

    private SalesforceStandIn(int pageSize) throws IOException {
        this.pageSize = pageSize;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/services/oauth2/token", this::token);
        server.createContext("/services/oauth2/revoke", ex -> respond(ex, 200, ""));
        server.createContext("/services/data/", this::data);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    /**
     * @param pageSize records per batch (Salesforce's default is 2,000; small here so paging happens)
     * @return a started stand-in on a free port
     */
    public static SalesforceStandIn start(int pageSize) {
        try {
            return new SalesforceStandIn(pageSize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the base URL, both the login URL and the instance URL */
    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /**
     * Adds or replaces a record (as a create or an update in Salesforce would).
     *
     * @param object the object's API name
     * @param fields the record's fields, Id and SystemModstamp among them
     */
    public void put(String object, Map<String, Object> fields) {
        objects.computeIfAbsent(object, o -> new ConcurrentHashMap<>()).put((String) fields.get("Id"),
                new LinkedHashMap<>(fields));
    }

    /** Queues failures that the next data calls answer with, in order. */
    public synchronized void failNext(Fault... next) {
        faults.addAll(List.of(next));
    }

    /** @return how many queued failures are still to come */
    public synchronized int pendingFaults() {
        return faults.size();
    }

    /** Makes the login endpoint refuse (invalid_grant) until called with false. */
    public void refuseLogin(boolean refuse) {
        loginRefused = refuse;
    }

    /** @return how many successful logins there were */
    public int logins() {
        return logins.get();
    }

    /** @return how many data calls were answered with data */
    public int served() {
        return served.get();
    }

    /** @return the path and query of every data call, in order */
    public List<String> dataRequests() {
        return List.copyOf(dataRequests);
    }

    /**
     * @param prefix the object's key prefix, e.g. {@code 00Q} for Lead
     * @param n      a number
     * @return a valid 18-character record id (15 characters and Salesforce's case checksum)
     */
    public static String id(String prefix, int n) {
        String body = prefix + "Dn" + String.format("%010d", n);
        StringBuilder suffix = new StringBuilder();
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = body.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            suffix.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345".charAt(bits));
        }
        return body + suffix;
    }

    /** @return {@code instant} as the REST API writes date-times */
    public static String time(Instant instant) {
        return SF_TIME.format(instant.atOffset(java.time.ZoneOffset.UTC));
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /**
     * Accepts the JWT bearer grant for one user: the connected app's uploaded certificate holds this key.
     *
     * @param certificateKey the public key assertions must be signed for (RS256)
     * @param username       the Salesforce username the assertion's {@code sub} must name
     */
    public void acceptJwt(PublicKey certificateKey, String username) {
        this.jwtKey = certificateKey;
        this.jwtUsername = username;
    }

    /** @return the claims of every JWT assertion that was accepted */
    public List<Map<String, Object>> jwtClaims() {
        return List.copyOf(jwtClaims);
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        boolean ok = !loginRefused && "POST".equals(ex.getRequestMethod())
                && ("urn:ietf:params:oauth:grant-type:jwt-bearer".equals(form.get("grant_type"))
                        ? validAssertion(form.get("assertion"))
                        : CLIENT_ID.equals(form.get("client_id")) && "refresh_token".equals(form.get("grant_type"))
                                && REFRESH_TOKEN.equals(form.get("refresh_token"))
                                && CLIENT_SECRET.equals(form.get("client_secret")));
        if (!ok) {
            respond(ex, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"expired access/refresh token\"}");
            return;
        }
        int n = logins.incrementAndGet();
        accessToken = "00DstandIn!AQ0AQ" + n + "x" + System.nanoTime();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", accessToken);
        body.put("signature", "d2hhdGV2ZXI=");
        body.put("scope", "refresh_token api");
        body.put("instance_url", url());
        body.put("id", url() + "/id/00Dxx0000001gPLEAY/005xx000001X8UzAAK");
        body.put("token_type", "Bearer");
        body.put("issued_at", Long.toString(System.currentTimeMillis()));
        respond(ex, 200, JSON.writeValueAsString(body));
    }

    /** Salesforce's checks of a JWT bearer assertion: signature, issuer, subject, audience, expiry. */
    private boolean validAssertion(String assertion) {
        if (jwtKey == null || assertion == null) {
            return false;
        }
        String[] parts = assertion.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            Map<String, Object> header = JSON.readValue(b64.decode(parts[0]), new TypeReference<>() { });
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(jwtKey);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!"RS256".equals(header.get("alg")) || !rs256.verify(b64.decode(parts[2]))) {
                return false;
            }
            Map<String, Object> claims = JSON.readValue(b64.decode(parts[1]), new TypeReference<>() { });
            // exp in seconds: camel-salesforce sends it as a numeric string, which Salesforce takes
            long exp = Long.parseLong(String.valueOf(claims.get("exp")));
            long now = System.currentTimeMillis() / 1000;
            boolean valid = CLIENT_ID.equals(claims.get("iss")) && jwtUsername.equals(claims.get("sub"))
                    && claims.get("aud") != null && exp > now && exp <= now + 300;
            if (valid) {
                jwtClaims.add(claims);
            }
            return valid;
        } catch (IllegalArgumentException | IOException | java.security.GeneralSecurityException e) {
            return false;
        }
    }

    private void data(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String rawQuery = ex.getRequestURI().getRawQuery();
        dataRequests.add(path + (rawQuery == null ? "" : "?" + rawQuery));
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (accessToken == null || auth == null || !auth.equals("Bearer " + accessToken)) {
            error(ex, Fault.SESSION_EXPIRED);
            return;
        }
        Fault fault;
        synchronized (this) {
            fault = faults.poll();
        }
        if (fault == Fault.SLOW) {
            try {
                Thread.sleep(SLOW_REPLY.toMillis()); // the client has given up by now; the reply goes nowhere
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fault == Fault.PASS || fault == Fault.SLOW) {
            fault = null;
        }
        if (fault == Fault.SESSION_EXPIRED) {
            accessToken = "expired";
        }
        if (fault != null) {
            error(ex, fault);
            return;
        }
        String prefix = "/services/data/v" + API_VERSION + "/query";
        if (!path.startsWith(prefix)) {
            respond(ex, 404, "[{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}]");
            return;
        }
        String rest = path.substring(prefix.length()).replaceFirst("^/", "");
        if (rest.isEmpty()) {
            query(ex, query(rawQuery));
        } else {
            queryMore(ex, rest);
        }
    }

    private void query(HttpExchange ex, String soql) throws IOException {
        Matcher m = soql == null ? null : SOQL.matcher(soql);
        if (m == null || !m.matches()) {
            error(ex, Fault.MALFORMED_QUERY);
            return;
        }
        List<String> fields = List.of(m.group(1).split(",\\s*"));
        String object = m.group(2);
        Instant from = Instant.parse(m.group(3));
        Instant before = Instant.parse(m.group(4));
        List<Map<String, Object>> matching = new ArrayList<>();
        for (Map<String, Object> r : objects.getOrDefault(object, Map.of()).values()) {
            Instant modstamp = OffsetDateTime.parse((String) r.get("SystemModstamp"), SF_TIME).toInstant();
            if (!modstamp.isBefore(from) && modstamp.isBefore(before)) {
                matching.add(selected(object, r, fields));
            }
        }
        matching.sort(Comparator.comparing((Map<String, Object> r) -> (String) r.get("SystemModstamp"))
                .thenComparing(r -> (String) r.get("Id")));
        String locator = "01gD0000002HU6K" + Integer.toHexString(cursors.size() + 1);
        cursors.put(locator, matching);
        page(ex, locator, 0);
    }

    private void queryMore(HttpExchange ex, String locatorAndOffset) throws IOException {
        int dash = locatorAndOffset.lastIndexOf('-');
        List<Map<String, Object>> cursor = dash < 0 ? null : cursors.get(locatorAndOffset.substring(0, dash));
        if (cursor == null) {
            respond(ex, 400, "[{\"message\":\"invalid query locator\",\"errorCode\":\"INVALID_QUERY_LOCATOR\"}]");
            return;
        }
        page(ex, locatorAndOffset.substring(0, dash), Integer.parseInt(locatorAndOffset.substring(dash + 1)));
    }

    private void page(HttpExchange ex, String locator, int offset) throws IOException {
        List<Map<String, Object>> all = cursors.get(locator);
        int end = Math.min(all.size(), offset + pageSize);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("totalSize", all.size());
        body.put("done", end >= all.size());
        if (end < all.size()) {
            body.put("nextRecordsUrl", "/services/data/v" + API_VERSION + "/query/" + locator + "-" + end);
        }
        body.put("records", all.subList(offset, end));
        served.incrementAndGet();
        respond(ex, 200, JSON.writeValueAsString(body));
    }

    private Map<String, Object> selected(String object, Map<String, Object> stored, List<String> fields) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("attributes", Map.of("type", object, "url",
                "/services/data/v" + API_VERSION + "/sobjects/" + object + "/" + stored.get("Id")));
        for (String f : fields) {
            int dot = f.indexOf('.');
            if (dot > 0) {
                String rel = f.substring(0, dot);
                Object value = stored.get(f);
                if (value != null) {
                    Map<String, Object> related = new LinkedHashMap<>();
                    related.put("attributes", Map.of("type", rel, "url", "/services/data/v" + API_VERSION
                            + "/sobjects/" + rel + "/" + stored.getOrDefault(rel + "Id", "")));
                    related.put(f.substring(dot + 1), value);
                    r.put(rel, related);
                } else {
                    r.put(rel, null);
                }
            } else {
                r.put(f, stored.get(f));
            }
        }
        return r;
    }

    private void error(HttpExchange ex, Fault fault) throws IOException {
        respond(ex, fault.status, "[{\"message\":\"" + fault.message + "\",\"errorCode\":\"" + fault.code + "\"}]");
    }

    private static String query(String rawQuery) {
        Map<String, String> params = form(rawQuery == null ? "" : rawQuery);
        return params.get("q");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }
}
