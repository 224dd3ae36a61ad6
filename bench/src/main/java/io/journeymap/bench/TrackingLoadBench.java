package io.journeymap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts {@code /v1/batch} bodies of 100 events to a running assembly from several connections for
 * a fixed time and prints events/s and p50/p99 request latency (every 200 is a durable
 * acknowledgement), after an uncounted warm-up of the same load. In the same run, the baseline: parsing and validating the same bodies with
 * plain Jackson in one thread, and the ratio of the two.
 *
 * <p>Given the admin API, it also reports how long after the load the pipeline had every event on
 * the timelines: a marker event posted last is awaited there.
 *
 * <p>The events come from the UK (locale en-GB), where analytics is opt-in. With
 * {@code -Dconsent=granted} (the default) each carries the visitor's consent as a consent manager
 * sends it on every event ({@code context.consent.categoryPreferences}), so everything reaches the
 * timelines; with {@code -Dconsent=none} the consent gate anonymises every event.
 *
 * <p>Usage: {@code TrackingLoadBench <baseUrl> <writeKey> <connections> <seconds> [<adminUrl> <adminPassword>]}
 */
public final class TrackingLoadBench {

    private static final int EVENTS_PER_BATCH = 100;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CONSENT = "none".equals(System.getProperty("consent")) ? ""
            : ",\"consent\":{\"categoryPreferences\":{\"Analytics\":true,\"Advertising\":true}}";

    private TrackingLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String writeKey = args.length > 1 ? args[1] : "demo-write-key";
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;

        double baseline = jacksonBaseline(Duration.ofSeconds(5));
        // Warm-up, not counted: the JIT compiles the server's hot path first.
        load(base, writeKey, connections, Duration.ofSeconds(Math.min(15, seconds)));
        Result r = load(base, writeKey, connections, Duration.ofSeconds(seconds));
        System.out.printf("tracking /v1/batch: %d connections, %d s, batches of %d, consent %s%n", connections, seconds,
                EVENTS_PER_BATCH, CONSENT.isEmpty() ? "none (every event anonymised)" : "granted on every event");
        System.out.printf("  acknowledged events/s: %.0f (%d events, %d requests, %d non-200)%n",
                r.eventsPerSecond, r.events, r.requests, r.errors);
        System.out.printf("  request latency: p50 %.1f ms, p99 %.1f ms%n", r.p50Millis, r.p99Millis);
        System.out.printf("baseline, plain Jackson parse+validate, 1 thread: %.0f events/s%n", baseline);
        System.out.printf("ratio server/baseline: %.2f%n", r.eventsPerSecond / baseline);
        if (args.length > 5) {
            System.out.printf("pipeline caught up %.1f s after the load ended%n", drainSeconds(base, writeKey, args[4], args[5]));
        }
    }

    /** Posts a marker after the load and waits until it is on its timeline: the pipeline's lag. */
    private static double drainSeconds(String base, String writeKey, String admin, String password) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String marker = "bench-drain-" + System.nanoTime();
        long t0 = System.nanoTime();
        client.send(HttpRequest.newBuilder(URI.create(base + "/v1/track")).header("Content-Type", "application/json")
                .header("Authorization", basic(writeKey + ":"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + marker + "\",\"event\":\"Drained\"}"))
                .build(), HttpResponse.BodyHandlers.discarding());
        HttpRequest poll = HttpRequest.newBuilder(URI.create(admin + "/api/v1/identifiers/user_id/" + marker + "/timeline?limit=1"))
                .header("Authorization", basic("admin:" + password)).build();
        long deadline = t0 + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (client.send(poll, HttpResponse.BodyHandlers.ofString()).body().contains("\"total\":1")) {
                return (System.nanoTime() - t0) / 1e9;
            }
            Thread.sleep(100);
        }
        return Double.NaN;
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    private record Result(long events, long requests, long errors, double eventsPerSecond, double p50Millis,
            double p99Millis) {
    }

    private static Result load(String base, String writeKey, int connections, Duration duration) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String auth = basic(writeKey + ":");
        String runId = Long.toString(System.nanoTime(), 36);
        AtomicLong events = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        Instant end = Instant.now().plus(duration);
        long started = System.nanoTime();
        List<Future<long[]>> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            int worker = c;
            workers.add(pool.submit(() -> {
                long[] latencies = new long[1 << 20];
                int n = 0;
                for (long seq = 0; Instant.now().isBefore(end); seq++) {
                    byte[] body = batch(runId + "-" + worker + "-" + seq, worker);
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/v1/batch")).timeout(Duration.ofSeconds(30))
                            .header("Authorization", auth)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build();
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (java.io.IOException e) {
                        status = -1; // timed out or refused: counted as a failure, the run goes on
                    }
                    long t = System.nanoTime() - t0;
                    if (n < latencies.length) {
                        latencies[n++] = t;
                    }
                    requests.incrementAndGet();
                    if (status == 200) {
                        events.addAndGet(EVENTS_PER_BATCH);
                    } else {
                        errors.incrementAndGet();
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> w : workers) {
            for (long l : w.get()) {
                all.add(l);
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        all.sort(null);
        return new Result(events.get(), requests.get(), errors.get(), events.get() / elapsed,
                percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6);
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) (p * sorted.size())));
    }

    /** A realistic batch: track and page calls with context, properties and a campaign. */
    static byte[] batch(String prefix, int person) {
        StringBuilder b = new StringBuilder(EVENTS_PER_BATCH * 420).append("{\"batch\":[");
        for (int i = 0; i < EVENTS_PER_BATCH; i++) {
            boolean page = i % 4 == 0;
            b.append(i == 0 ? "" : ",").append("{\"type\":\"").append(page ? "page" : "track").append('"')
                    .append(",\"messageId\":\"").append(prefix).append('-').append(i).append('"')
                    .append(",\"userId\":\"bench-user-").append(person * 1000 + i % 50).append('"')
                    .append(",\"anonymousId\":\"anon-").append(i).append('"')
                    .append(page ? ",\"name\":\"Pricing\"" : ",\"event\":\"Added To Cart\"")
                    .append(",\"timestamp\":\"2026-11-28T12:00:00.000Z\"")
                    .append(",\"properties\":{\"sku\":\"SKU-").append(i).append("\",\"price\":19.99,\"currency\":\"EUR\"}")
                    .append(",\"context\":{\"ip\":\"203.0.113.7\",\"locale\":\"en-GB\",\"userAgent\":\"Mozilla/5.0 (X11; Linux x86_64)\"")
                    .append(",\"page\":{\"path\":\"/pricing\",\"url\":\"https://example.com/pricing\"}")
                    .append(",\"campaign\":{\"name\":\"winter\",\"source\":\"newsletter\",\"medium\":\"email\"}")
                    .append(CONSENT).append("}}");
        }
        return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Parses and validates the same bodies with plain Jackson in one thread: events/s. */
    static double jacksonBaseline(Duration duration) throws Exception {
        long events = 0;
        long valid = 0;
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (long seq = 0; System.nanoTime() < deadline; seq++) {
            JsonNode root = MAPPER.readTree(batch("baseline-" + seq, 1));
            for (JsonNode m : root.get("batch")) {
                String type = m.path("type").asText();
                boolean ok = (m.hasNonNull("userId") || m.hasNonNull("anonymousId")) && m.hasNonNull("messageId")
                        && (!"track".equals(type) || m.hasNonNull("event"))
                        && (!m.has("timestamp") || parses(m.get("timestamp").asText()))
                        && (!m.has("properties") || m.get("properties").isObject());
                valid += ok ? 1 : 0;
                events++;
            }
        }
        if (valid != events) {
            throw new IllegalStateException("baseline rejected generated events");
        }
        return events / ((System.nanoTime() - start) / 1e9);
    }

    private static boolean parses(String ts) {
        try {
            java.time.OffsetDateTime.parse(ts);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
