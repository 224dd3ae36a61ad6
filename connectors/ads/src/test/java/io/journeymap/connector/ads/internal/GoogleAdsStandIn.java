package io.journeymap.connector.ads.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.journeymap.api.json.EventJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for Google's OAuth token endpoint and the Google Ads API's
 * {@code POST /<version>/customers/<id>/googleAds:search}, answering in their documented shapes: the
 * token endpoint takes the form-encoded refresh-token grant and answers {@code access_token},
 * {@code expires_in}, {@code token_type}; search takes {@code {"query", "pageToken"}} with a Bearer
 * token and the {@code developer-token} header, and answers {@code results} (camelCase paths such as
 * {@code clickView.gclid}), {@code fieldMask} and {@code nextPageToken} while more rows remain.
 * Errors are Google's JSON error envelope. Faults are scripted per call; every request is recorded.
 */
final class GoogleAdsStandIn implements AutoCloseable {

    static final String CLIENT_ID = "123456789012-it.apps.googleusercontent.com";
    static final String CLIENT_SECRET = "GOCSPX-it-client-secret";
    static final String REFRESH_TOKEN = "1//0it-refresh-token";
    static final String DEVELOPER_TOKEN = "it-developer-token-ABCD";

    /** One request as received. */
    record Received(String path, String authorization, String developerToken, String loginCustomerId, String body,
            long nanoTime) {
    }

    /** A scripted failure: its status, headers and Google error body. */
    record Fault(int status, Map<String, String> headers, String body) {
    }

    private static final Pattern DATE = Pattern.compile("segments\\.date = '(\\d{4}-\\d{2}-\\d{2})'");

    private final HttpServer server;
    private final int pageSize;
    private final Map<String, List<ObjectNode>> clicksByDay = new TreeMap<>();
    private final Deque<Fault> searchFaults = new ArrayDeque<>();
    private final List<Received> searches = new ArrayList<>();
    private final List<Map<String, String>> tokenRequests = new ArrayList<>();
    private String validToken;
    private int tokensIssued;
    private boolean refusingGrant;
    private int tokenOutages;

    GoogleAdsStandIn(int pageSize) throws IOException {
        this.pageSize = pageSize;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/", this::search);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Adds a click_view row for a day as the API returns it. */
    synchronized void click(String day, String gclid, String campaignId, String campaignName, String device) {
        ObjectNode r = EventJson.mapper().createObjectNode();
        r.putObject("campaign").put("resourceName", "customers/1234567890/campaigns/" + campaignId)
                .put("id", campaignId).put("name", campaignName);
        r.putObject("adGroup").put("resourceName", "customers/1234567890/adGroups/151234567890")
                .put("id", "151234567890").put("name", "Journey mapping - exact");
        ObjectNode cv = r.putObject("clickView").put("resourceName", "customers/1234567890/clickViews/" + day + "~" + gclid);
        if (gclid != null) {
            cv.put("gclid", gclid);
        }
        r.putObject("segments").put("date", day).put("clickType", "URL_CLICKS").put("device", device);
        clicksByDay.computeIfAbsent(day, d -> new ArrayList<>()).add(r);
    }

    /** The next search call answers with this instead. */
    synchronized void searchFault(int status, Map<String, String> headers, String googleStatus, String message) {
        searchFaults.add(new Fault(status, headers, "{\"error\":{\"code\":" + status + ",\"message\":\"" + message
                + "\",\"status\":\"" + googleStatus + "\"}}"));
    }

    /** Expires the current access token: the next search answers 401 UNAUTHENTICATED until a new one is fetched. */
    synchronized void expireToken() {
        validToken = "expired";
    }

    /** The token endpoint answers 400 invalid_grant (a revoked refresh token). */
    synchronized void refuseGrant() {
        refusingGrant = true;
    }

    /** The next {@code n} token requests answer 503, as an overloaded token endpoint does. */
    synchronized void tokenEndpointUnavailable(int n) {
        tokenOutages = n;
    }

    synchronized List<Received> searches() {
        return List.copyOf(searches);
    }

    synchronized List<Map<String, String>> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String answer;
        int status;
        synchronized (this) {
            tokenRequests.add(form);
            boolean ok = "POST".equals(ex.getRequestMethod())
                    && "application/x-www-form-urlencoded".equals(ex.getRequestHeaders().getFirst("Content-Type"))
                    && "refresh_token".equals(form.get("grant_type")) && CLIENT_ID.equals(form.get("client_id"))
                    && CLIENT_SECRET.equals(form.get("client_secret")) && REFRESH_TOKEN.equals(form.get("refresh_token"));
            if (tokenOutages > 0) {
                tokenOutages--;
                status = 503;
                answer = "{\"error\":\"temporarily_unavailable\",\"error_description\":\"The service is unavailable.\"}";
            } else if (ok && !refusingGrant) {
                tokensIssued++;
                validToken = "ya29.it-access-token-" + tokensIssued;
                status = 200;
                answer = "{\"access_token\":\"" + validToken + "\",\"expires_in\":3599,"
                        + "\"scope\":\"https://www.googleapis.com/auth/adwords\",\"token_type\":\"Bearer\"}";
            } else {
                status = 400;
                answer = "{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}";
            }
        }
        reply(ex, status, Map.of(), answer);
    }

    private void search(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        int status;
        Map<String, String> headers = Map.of();
        String answer;
        synchronized (this) {
            searches.add(new Received(path, auth, ex.getRequestHeaders().getFirst("developer-token"),
                    ex.getRequestHeaders().getFirst("login-customer-id"), body, System.nanoTime()));
            if (!"POST".equals(ex.getRequestMethod()) || !path.matches("/v\\d+/customers/\\d{10}/googleAds:search")) {
                status = 404;
                answer = "{\"error\":{\"code\":404,\"message\":\"Not Found\",\"status\":\"NOT_FOUND\"}}";
            } else if (auth == null || !auth.equals("Bearer " + validToken)) {
                status = 401;
                answer = "{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication credentials.\","
                        + "\"status\":\"UNAUTHENTICATED\"}}";
            } else if (!DEVELOPER_TOKEN.equals(ex.getRequestHeaders().getFirst("developer-token"))) {
                status = 401;
                answer = "{\"error\":{\"code\":401,\"message\":\"The developer token is not valid.\",\"status\":\"UNAUTHENTICATED\"}}";
            } else if (!searchFaults.isEmpty()) {
                Fault f = searchFaults.poll();
                status = f.status();
                headers = f.headers();
                answer = f.body();
            } else {
                status = 200;
                answer = page(body);
            }
        }
        reply(ex, status, headers, answer);
    }

    // One page of the day named in the query; the page token is the index of the page's first row.
    private String page(String body) throws IOException {
        JsonNode request = EventJson.mapper().readTree(body);
        Matcher m = DATE.matcher(request.path("query").asText());
        List<ObjectNode> rows = m.find() ? clicksByDay.getOrDefault(m.group(1), List.of()) : List.of();
        int from = request.hasNonNull("pageToken") ? Integer.parseInt(request.get("pageToken").asText().substring(5)) : 0;
        ObjectNode out = EventJson.mapper().createObjectNode();
        ArrayNode results = out.putArray("results");
        rows.subList(Math.min(from, rows.size()), Math.min(from + pageSize, rows.size())).forEach(results::add);
        out.put("fieldMask", "clickView.gclid,segments.date,campaign.id,campaign.name,adGroup.id,adGroup.name,"
                + "segments.clickType,segments.device");
        if (from + pageSize < rows.size()) {
            out.put("nextPageToken", "page-" + (from + pageSize));
        }
        return out.toString();
    }

    private static void reply(HttpExchange ex, int status, Map<String, String> headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
