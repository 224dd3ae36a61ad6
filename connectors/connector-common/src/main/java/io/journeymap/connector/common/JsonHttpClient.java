package io.journeymap.connector.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON over HTTP for SaaS APIs, on {@link java.net.http.HttpClient}: every call waits for its rate
 * limiter, carries the auth hook's header, re-authenticates once on 401, and retries what
 * {@link FailureClassifier} calls retriable with the {@link RetryPolicy}'s backoff, never sooner than
 * the server's Retry-After (which also pauses the limiter, so every caller sharing it waits). What
 * cannot succeed, or is still failing at the policy's limits, is thrown as an
 * {@link HttpCallException} that says which kind of failure it is. Thread-safe.
 */
public final class JsonHttpClient {

    private static final Logger LOG = LoggerFactory.getLogger(JsonHttpClient.class);
    private static final int BODY_KEPT = 2048;

    private final HttpClient http;
    private final URI baseUri;
    private final AuthHook auth;
    private final RetryPolicy retry;
    private final List<ResponseHook> hooks;
    private final Duration requestTimeout;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier random;
    private final ObjectMapper mapper;
    private final String userAgent;
    private final java.util.Map<String, String> headers;

    private JsonHttpClient(Builder b) {
        this.baseUri = Objects.requireNonNull(b.baseUri, "baseUri");
        this.http = b.http != null ? b.http : HttpClient.newBuilder().connectTimeout(b.connectTimeout).build();
        this.auth = b.auth;
        this.retry = b.retry;
        this.hooks = List.copyOf(b.hooks);
        this.requestTimeout = b.requestTimeout;
        this.sleeper = b.sleeper;
        this.clock = b.clock;
        this.random = b.random;
        this.mapper = b.mapper;
        this.userAgent = b.userAgent;
        this.headers = java.util.Map.copyOf(b.headers);
    }

    /** @return a builder; {@code setBaseUri} is required, the rest optional */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the mapper that writes request bodies and reads responses */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * @param method  GET, POST, PATCH, PUT or DELETE
     * @param path    the path and query under the base URI, e.g. {@code /crm/v3/objects/contacts/search}
     * @param body    a value Jackson writes (Map, record, JsonNode), or null for none
     * @param limiter the limiter this kind of call shares
     * @return the 2xx response
     * @throws HttpCallException    when the call failed permanently or is still failing at the retry limits
     * @throws InterruptedException when interrupted while waiting
     */
    public JsonResponse send(String method, String path, Object body, RateLimiter limiter)
            throws HttpCallException, InterruptedException {
        byte[] payload = serialise(method, path, body);
        URI uri = baseUri.resolve(path);
        Instant deadline = clock.instant().plus(retry.maxElapsed());
        boolean reauthenticated = false;
        int attempt = 0;
        while (true) {
            attempt++;
            limiter.acquire();
            HttpRequest request;
            try {
                request = request(method, uri, payload, attempt);
            } catch (HttpCallException noCredentials) {
                // a token endpoint that is down or slow is retried like the API; a refused grant is not
                awaitRetryOrThrow(noCredentials, attempt, deadline, noCredentials.retryAfter());
                continue;
            }
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                HttpCallException failure = new HttpCallException(method + " " + path + " failed without a response ("
                        + e.getClass().getSimpleName() + ") after " + attempt + " attempt(s)", 0,
                        FailureClassifier.ofException(e), attempt, null, null, e);
                awaitRetryOrThrow(failure, attempt, deadline, Optional.empty());
                continue;
            }
            int status = response.statusCode();
            for (ResponseHook hook : hooks) {
                hook.onResponse(status, response.headers());
            }
            if (status >= 200 && status < 300) {
                return new JsonResponse(status, response.headers(), parse(method, path, status, response.body(), attempt),
                        attempt);
            }
            if (status == 401 && auth != null && !reauthenticated) {
                // Once: a refreshed token that is refused again is a configuration error, not a glitch.
                LOG.debug("{} {} answered 401; refreshing credentials and trying once more", method, path);
                try {
                    auth.refresh();
                } catch (IOException e) {
                    HttpCallException noCredentials = credentialsUnavailable(method, path, e, attempt);
                    awaitRetryOrThrow(noCredentials, attempt, deadline, noCredentials.retryAfter());
                    continue; // the refused token is still held: the next try meets the 401 and refreshes again
                }
                reauthenticated = true;
                attempt--;
                continue;
            }
            Optional<Duration> retryAfter = RetryAfter.parse(
                    response.headers().firstValue("Retry-After").orElse(null), clock.instant());
            HttpCallException failure = new HttpCallException(method + " " + path + " answered " + status + " after "
                    + attempt + " attempt(s)", status, FailureClassifier.ofStatus(status), attempt,
                    retryAfter.orElse(null), excerpt(response.body()), null);
            retryAfter.filter(r -> failure.retriable()).ifPresent(limiter::pauseFor);
            awaitRetryOrThrow(failure, attempt, deadline, retryAfter);
        }
    }

    private void awaitRetryOrThrow(HttpCallException failure, int attempt, Instant deadline,
            Optional<Duration> retryAfter) throws HttpCallException, InterruptedException {
        if (!failure.retriable() || attempt >= retry.maxAttempts()) {
            throw failure;
        }
        Duration delay = retry.delayBefore(attempt, retryAfter, random.getAsDouble());
        if (clock.instant().plus(delay).isAfter(deadline)) {
            throw failure;
        }
        LOG.debug("{}; retrying in {} ms", failure.getMessage(), delay.toMillis());
        sleeper.sleep(delay);
    }

    private HttpRequest request(String method, URI uri, byte[] payload, int attempt) throws HttpCallException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Accept", "application/json").header("User-Agent", userAgent)
                .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(payload));
        if (payload != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        if (auth != null) {
            try {
                b.header("Authorization", auth.authorization());
            } catch (IOException e) {
                throw credentialsUnavailable(method, uri.getPath(), e, attempt);
            }
        }
        return b.build();
    }

    // A supplier that threw a runtime exception is misconfigured (permanent); one that met a network
    // failure on its way to a token endpoint may succeed later (retriable).
    private static HttpCallException credentialsUnavailable(String method, String path, IOException e, int attempt) {
        if (e instanceof HttpCallException call) {
            return call;
        }
        FailureKind kind = e.getCause() != null ? FailureClassifier.ofException(e.getCause()) : FailureKind.PERMANENT;
        Duration retryAfter = null;
        for (Throwable t = e.getCause(); t != null && retryAfter == null; t = t.getCause()) {
            retryAfter = t instanceof HttpCallException call ? call.retryAfter().orElse(null) : null;
        }
        return new HttpCallException(method + " " + path + ": no credentials (" + e.getMessage() + ")", 0, kind,
                attempt, retryAfter, null, e);
    }

    private byte[] serialise(String method, String path, Object body) throws HttpCallException {
        if (body == null) {
            return null;
        }
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new HttpCallException(method + " " + path + ": request body is not serialisable as JSON", 0,
                    FailureKind.PERMANENT, 0, null, null, e);
        }
    }

    private JsonNode parse(String method, String path, int status, byte[] body, int attempt) throws HttpCallException {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            // A 2xx the server cannot express as JSON will not improve by asking again.
            throw new HttpCallException(method + " " + path + " answered " + status + " with a body that is not JSON",
                    status, FailureKind.PERMANENT, attempt, null, excerpt(body), e);
        }
    }

    private static String excerpt(byte[] body) {
        if (body == null) {
            return null;
        }
        String s = new String(body, StandardCharsets.UTF_8);
        return s.length() <= BODY_KEPT ? s : s.substring(0, BODY_KEPT);
    }

    /** Builds a client: {@code set*} required, {@code opt*} optional. */
    public static final class Builder {
        private URI baseUri;
        private HttpClient http;
        private AuthHook auth;
        private RetryPolicy retry = RetryPolicy.defaults();
        private final List<ResponseHook> hooks = new ArrayList<>();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private ObjectMapper mapper = JsonMapper.builder().build();
        private String userAgent = "journeymap-connector";
        private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param baseUri e.g. {@code https://api.hubapi.com}; paths resolve against it
         * @return this
         */
        public Builder setBaseUri(URI baseUri) {
            String s = baseUri.toString();
            this.baseUri = s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : baseUri;
            return this;
        }

        /**
         * @param auth supplies the Authorization header
         * @return this
         */
        public Builder optAuth(AuthHook auth) {
            this.auth = auth;
            return this;
        }

        /**
         * @param retry how retriable failures are retried (default {@link RetryPolicy#defaults()})
         * @return this
         */
        public Builder optRetryPolicy(RetryPolicy retry) {
            this.retry = retry;
            return this;
        }

        /**
         * @param hook sees every response, e.g. {@link RateLimitHeaders}
         * @return this
         */
        public Builder optResponseHook(ResponseHook hook) {
            this.hooks.add(hook);
            return this;
        }

        /**
         * @param connect how long to wait for a connection (default 10 s)
         * @param request how long to wait for a whole response (default 30 s)
         * @return this
         */
        public Builder optTimeouts(Duration connect, Duration request) {
            this.connectTimeout = connect;
            this.requestTimeout = request;
            return this;
        }

        /**
         * @param http a configured client (proxy, TLS), instead of a new default one
         * @return this
         */
        public Builder optHttpClient(HttpClient http) {
            this.http = http;
            return this;
        }

        /**
         * @param sleeper how to wait between tries (tests pass a fake)
         * @return this
         */
        public Builder optSleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /**
         * @param clock the clock for deadlines and HTTP-dates
         * @return this
         */
        public Builder optClock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * @param random uniform draws in [0, 1) for jitter
         * @return this
         */
        public Builder optRandom(DoubleSupplier random) {
            this.random = random;
            return this;
        }

        /**
         * @param mapper the JSON mapper
         * @return this
         */
        public Builder optMapper(ObjectMapper mapper) {
            this.mapper = mapper;
            return this;
        }

        /**
         * @param userAgent the User-Agent header
         * @return this
         */
        public Builder optUserAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * @param name  a header every request carries, e.g. Google Ads' {@code developer-token}
         * @param value its value (may be a secret: it is never logged)
         * @return this
         */
        public Builder optHeader(String name, String value) {
            this.headers.put(name, value);
            return this;
        }

        /** @return the client */
        public JsonHttpClient build() {
            return new JsonHttpClient(this);
        }
    }
}
