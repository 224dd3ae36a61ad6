package io.journeymap.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Our Karaf assembly, unpacked into a fresh folder and run as its own process, driven from
 * outside over HTTP. Ports are free ones picked per run so runs never collide.
 */
final class KarafAssembly implements AutoCloseable {

    static final String WRITE_KEY = "it-write-key";
    static final String ADMIN_PASSWORD = "it-admin-password";

    private final Path home;
    private final int trackingPort = freePort();
    private final int adminPort = freePort();
    private final int sshPort = freePort();
    private final int emailPort = freePort();
    private final int supportPort = freePort();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    private static final Path DJL_CACHE = Path.of("target", "djl-cache").toAbsolutePath();

    private KarafAssembly(Path home) {
        this.home = home;
    }

    /** Copies the unpacked distribution into a run folder of its own and sets ports and keys. */
    static KarafAssembly fresh(String name) throws IOException {
        Path dist = Paths.get(System.getProperty("journeymap.karaf.dist", "target/karaf-dist"));
        Path unpacked;
        try (Stream<Path> s = Files.list(dist)) {
            unpacked = s.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no unpacked assembly in " + dist));
        }
        Path home = Paths.get(System.getProperty("journeymap.karaf.runs", "target/karaf-runs")).resolve(name);
        deleteTree(home);
        copyTree(unpacked, home);
        KarafAssembly karaf = new KarafAssembly(home);
        karaf.setConfig("io.journeymap.connector.tracking", Map.of("http.port", String.valueOf(karaf.trackingPort),
                "write.keys", WRITE_KEY + ":web"));
        karaf.setConfig("io.journeymap.routes", Map.of("admin.http.port", String.valueOf(karaf.adminPort),
                "admin.password", ADMIN_PASSWORD));
        // the webhook connectors are boot features too: their own free ports, so parallel runs never collide
        karaf.setConfig("io.journeymap.connector.email", Map.of("http.port", String.valueOf(karaf.emailPort)));
        karaf.setConfig("io.journeymap.connector.support", Map.of("http.port", String.valueOf(karaf.supportPort)));
        karaf.setConfig("org.apache.karaf.shell", Map.of("sshPort", String.valueOf(karaf.sshPort)));
        karaf.setConfig("org.apache.karaf.management", Map.of("rmiRegistryPort", String.valueOf(freePort()),
                "rmiServerPort", String.valueOf(freePort())));
        return karaf;
    }

    /** Sets keys in {@code etc/<pid>.cfg}, replacing existing lines. */
    void setConfig(String pid, Map<String, String> values) throws IOException {
        Path cfg = home.resolve("etc").resolve(pid + ".cfg");
        StringBuilder out = new StringBuilder();
        if (Files.exists(cfg)) {
            for (String line : Files.readAllLines(cfg)) {
                String key = line.contains("=") ? line.substring(0, line.indexOf('=')).trim() : null;
                if (key == null || !values.containsKey(key)) {
                    out.append(line).append('\n');
                }
            }
        }
        values.forEach((k, v) -> out.append(k).append(" = ").append(v).append('\n'));
        Files.writeString(cfg, out.toString());
    }

    /** Starts Karaf headless and waits until the tracking API answers. */
    void start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("karaf-console.log").toFile()));
        // DJL unpacks the PyTorch natives (about 430 MB) into its cache: one cache for every run of the
        // itests, so each boot does not unpack them again into its own data folder
        pb.environment().put("EXTRA_JAVA_OPTS", "-Xmx512m -DDJL_CACHE_DIR=" + DJL_CACHE + " -DENGINE_CACHE_DIR=" + DJL_CACHE);
        // every run has a home of its own; Karaf's "root instance already running" check reads the pid
        // the last run left behind, and on a busy machine that pid may already belong to another process
        pb.environment().put("CHECK_ROOT_INSTANCE_RUNNING", "false");
        process = pb.start();
        awaitTrue(Duration.ofSeconds(180), () -> {
            try {
                return post("/v1/track", "{}", null).statusCode() == 401;
            } catch (IOException e) {
                return false;
            }
        }, "the tracking API to answer (see " + home.resolve("data/log/karaf.log") + ")");
    }

    /** Kills the JVM as {@code kill -9} does: no shutdown hooks, no flush. */
    void kill9() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        process.descendants().forEach(p -> p.onExit().join());
    }

    /**
     * Stops Karaf as an admin does (SIGTERM) and returns only once its JVM has exited: {@code bin/karaf}
     * is a script whose JVM is a child, and the script may exit first. A restart that began while the
     * old JVM was still shutting down met that JVM on its ports (it answered the readiness check and
     * kept the webhook port).
     */
    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> jvms = process.descendants().toList();
        jvms.forEach(ProcessHandle::destroy);
        process.destroy();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle p : jvms) {
            try {
                p.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
                p.onExit().join();
            }
        }
        if (!process.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** @return everything the product logged so far */
    String log() throws IOException {
        return Files.readString(home.resolve("data/log/karaf.log"));
    }

    String trackingUrl() {
        return "http://localhost:" + trackingPort;
    }

    String emailUrl() {
        return "http://localhost:" + emailPort;
    }

    String supportUrl() {
        return "http://localhost:" + supportPort;
    }

    /** Sends any request from outside, as a SaaS sender would. */
    HttpResponse<String> request(String url, String method, byte[] body, Map<String, String> headers) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return send(b.build());
    }

    HttpResponse<String> post(String path, String json, String writeKey) throws IOException {
        return post(path, json.getBytes(StandardCharsets.UTF_8), writeKey, Map.of());
    }

    HttpResponse<String> post(String path, byte[] body, String writeKey, Map<String, String> headers) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(trackingUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (writeKey != null) {
            b.header("Authorization", basic(writeKey, ""));
        }
        headers.forEach(b::header);
        return send(b.build());
    }

    /** POSTs to any URL, e.g. a connector's own port. */
    HttpResponse<String> postTo(String url, byte[] body, Map<String, String> headers) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return send(b.build());
    }

    HttpResponse<String> admin(String path) throws IOException {
        return admin(path, basic("admin", ADMIN_PASSWORD));
    }

    HttpResponse<String> admin(String path, String authorization) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + adminPort + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b.build());
    }

    /** Runs a Karaf shell command through {@code bin/client} (SSH) and returns what it printed. */
    String shell(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort),
                "-u", "karaf", "-p", "karaf", "-b").directory(home.toFile()).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** POSTs an empty body to the admin API with the admin credential. */
    HttpResponse<String> adminPost(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + adminPort + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", basic("admin", ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** POSTs a JSON body to the admin API with the admin credential. */
    HttpResponse<String> adminPost(String path, String json) throws IOException {
        return adminPost(path, json.getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs raw bytes as JSON to the admin API with the admin credential. */
    HttpResponse<String> adminPost(String path, byte[] body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + adminPort + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", basic("admin", ADMIN_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Polls until the condition holds, failing with what was awaited when the deadline passes. */
    static void awaitTrue(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.onSpinWait();
            TimeUnit.MILLISECONDS.sleep(200);
        }
        assertThat(condition.getAsBoolean()).as("waited %s for %s", timeout, what).isTrue();
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
