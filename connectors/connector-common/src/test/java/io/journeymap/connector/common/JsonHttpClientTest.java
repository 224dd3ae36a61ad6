package io.journeymap.connector.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.connector.common.ScriptedServer.Reply;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JsonHttpClientTest {

    private ScriptedServer server;
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonHttpClient.Builder client() {
        return JsonHttpClient.builder().setBaseUri(server.uri())
                .optRetryPolicy(new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(5), 2.0, 0.0,
                        Duration.ofMinutes(1)))
                .optSleeper(sleeps::add);
    }

    @Test
    void postsJsonAndParsesTheAnswer() throws Exception {
        server.then(Reply.of(200, "{\"ok\":true}"));
        JsonResponse r = client().build().send("POST", "/x/search", Map.of("limit", 2), RateLimiter.UNLIMITED);
        assertThat(r.body().path("ok").asBoolean()).isTrue();
        assertThat(server.received().get(0).body()).isEqualTo("{\"limit\":2}");
        assertThat(server.received().get(0).path()).isEqualTo("/x/search");
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackoff() throws Exception {
        server.then(Reply.of(500, "{}")).then(Reply.of(503, "{}")).then(Reply.of(200, "{\"n\":1}"));
        JsonResponse r = client().build().send("GET", "/a", null, RateLimiter.UNLIMITED);
        assertThat(r.attempts()).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void retryAfterIsAFloorUnderTheBackoffAndPausesTheLimiter() throws Exception {
        server.then(new Reply(429, Map.of("Retry-After", "3"), "{\"errorType\":\"RATE_LIMIT\"}", 0))
                .then(Reply.of(200, "{}"));
        List<Duration> pauses = new ArrayList<>();
        RateLimiter limiter = new RateLimiter() {
            @Override
            public void acquire() {
            }

            @Override
            public void pauseFor(Duration d) {
                pauses.add(d);
            }
        };
        client().build().send("GET", "/a", null, limiter);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
        assertThat(pauses).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void aClientErrorIsPermanentAndNotRetried() {
        server.then(Reply.of(400, "{\"category\":\"VALIDATION_ERROR\",\"message\":\"ann@example.com is bad\"}"));
        assertThatThrownBy(() -> client().build().send("POST", "/a", Map.of(), RateLimiter.UNLIMITED))
                .isInstanceOfSatisfying(HttpCallException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT);
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.getMessage()).doesNotContain("ann@example.com");
                    assertThat(e.responseBody()).get().asString().contains("VALIDATION_ERROR");
                });
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void givesUpAfterMaxAttemptsAsRetriable() {
        for (int i = 0; i < 4; i++) {
            server.then(Reply.of(502, "{}"));
        }
        assertThatThrownBy(() -> client().build().send("GET", "/a", null, RateLimiter.UNLIMITED))
                .isInstanceOfSatisfying(HttpCallException.class, e -> {
                    assertThat(e.retriable()).isTrue();
                    assertThat(e.attempts()).isEqualTo(4);
                });
    }

    @Test
    void givesUpWhenTheNextWaitWouldPassTheDeadline() {
        server.then(new Reply(429, Map.of("Retry-After", "120"), "{}", 0));
        JsonHttpClient c = client().optRetryPolicy(new RetryPolicy(5, Duration.ofMillis(10), Duration.ofSeconds(1),
                2.0, 0.0, Duration.ofSeconds(30))).build();
        assertThatThrownBy(() -> c.send("GET", "/a", null, RateLimiter.UNLIMITED))
                .isInstanceOfSatisfying(HttpCallException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
                });
        assertThat(sleeps).isEmpty();
    }

    @Test
    void a401RefreshesTheTokenAndRetriesOnce() throws Exception {
        server.then(Reply.of(401, "{\"category\":\"EXPIRED_AUTHENTICATION\"}")).then(Reply.of(200, "{}"));
        AtomicInteger fetches = new AtomicInteger();
        JsonHttpClient c = client().optAuth(new BearerTokenAuth(() -> "token-" + fetches.incrementAndGet())).build();
        c.send("GET", "/a", null, RateLimiter.UNLIMITED);
        assertThat(server.received()).extracting(ScriptedServer.Received::authorization)
                .containsExactly("Bearer token-1", "Bearer token-2");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aSecond401IsPermanent() {
        server.then(Reply.of(401, "{}")).then(Reply.of(401, "{}"));
        JsonHttpClient c = client().optAuth(new BearerTokenAuth(() -> "wrong")).build();
        assertThatThrownBy(() -> c.send("GET", "/a", null, RateLimiter.UNLIMITED))
                .isInstanceOfSatisfying(HttpCallException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT);
                });
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void aTimeoutIsRetried() throws Exception {
        server.then(new Reply(200, Map.of(), "{}", 1500)).then(Reply.of(200, "{\"second\":true}"));
        JsonHttpClient c = client().optTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)).build();
        JsonResponse r = c.send("GET", "/a", null, RateLimiter.UNLIMITED);
        assertThat(r.body().path("second").asBoolean()).isTrue();
        assertThat(r.attempts()).isEqualTo(2);
    }

    @Test
    void aRefusedConnectionIsRetriableAndReportedWithoutStatus() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        JsonHttpClient c = client().setBaseUri(URI.create("http://127.0.0.1:" + closedPort)).build();
        assertThatThrownBy(() -> c.send("GET", "/a", null, RateLimiter.UNLIMITED))
                .isInstanceOfSatisfying(HttpCallException.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.retriable()).isTrue();
                    assertThat(e.attempts()).isEqualTo(4);
                });
    }

    @Test
    void aSuccessThatIsNotJsonIsPermanent() {
        server.then(Reply.of(200, "<html>proxy login</html>"));
        assertThatThrownBy(() -> client().build().send("GET", "/a", null, RateLimiter.UNLIMITED))
                .isInstanceOfSatisfying(HttpCallException.class, e -> assertThat(e.retriable()).isFalse());
    }

    @Test
    void aBrokenTokenSupplierIsPermanentAndSendsNothing() {
        JsonHttpClient c = client().optAuth(new BearerTokenAuth(() -> null)).build();
        assertThatThrownBy(() -> c.send("GET", "/a", null, RateLimiter.UNLIMITED))
                .isInstanceOfSatisfying(HttpCallException.class, e -> assertThat(e.retriable()).isFalse());
        assertThat(server.received()).isEmpty();
    }

    @Test
    void aTokenSupplierThatCannotReachItsEndpointIsRetriedWithBackoff() throws Exception {
        server.then(Reply.of(200, "{}"));
        AtomicInteger fetches = new AtomicInteger();
        JsonHttpClient c = client().optAuth(new BearerTokenAuth(() -> {
            if (fetches.incrementAndGet() == 1) {
                throw new java.io.UncheckedIOException(new java.net.ConnectException("token endpoint down"));
            }
            return "token-" + fetches.get();
        })).build();
        JsonResponse r = c.send("GET", "/a", null, RateLimiter.UNLIMITED);
        assertThat(r.attempts()).isEqualTo(2);
        assertThat(sleeps).containsExactly(Duration.ofMillis(100));
        assertThat(server.received()).extracting(ScriptedServer.Received::authorization).containsExactly("Bearer token-2");
    }

    @Test
    void aTokenRefreshThatFailsRetriablyAfterA401IsRetriedAndRefreshedAgain() throws Exception {
        server.then(Reply.of(401, "{}")).then(Reply.of(401, "{}")).then(Reply.of(200, "{}"));
        AtomicInteger fetches = new AtomicInteger();
        JsonHttpClient c = client().optAuth(new BearerTokenAuth(() -> {
            if (fetches.incrementAndGet() == 2) {
                throw new java.io.UncheckedIOException(new HttpCallException("token endpoint answered 503", 503,
                        FailureKind.RETRIABLE, 1, null, null, null));
            }
            return "token-" + fetches.get();
        })).build();
        c.send("GET", "/a", null, RateLimiter.UNLIMITED);
        assertThat(server.received()).extracting(ScriptedServer.Received::authorization)
                .containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-3");
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void rateLimitHeadersPauseTheLimiterWhenTheWindowIsUsedUp() throws Exception {
        server.then(new Reply(200, Map.of("X-HubSpot-RateLimit-Remaining", "0",
                "X-HubSpot-RateLimit-Interval-Milliseconds", "10000"), "{}", 0));
        List<Duration> pauses = new ArrayList<>();
        RateLimiter limiter = new RateLimiter() {
            @Override
            public void acquire() {
            }

            @Override
            public void pauseFor(Duration d) {
                pauses.add(d);
            }
        };
        client().optResponseHook(new RateLimitHeaders(limiter, "X-HubSpot-RateLimit-Remaining",
                "X-HubSpot-RateLimit-Interval-Milliseconds", Duration.ofSeconds(1))).build()
                .send("GET", "/a", null, RateLimiter.UNLIMITED);
        assertThat(pauses).containsExactly(Duration.ofSeconds(10));
    }
}
