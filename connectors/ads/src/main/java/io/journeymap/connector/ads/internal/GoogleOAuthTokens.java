package io.journeymap.connector.ads.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.json.EventJson;
import io.journeymap.connector.common.FailureClassifier;
import io.journeymap.connector.common.HttpCallException;
import io.journeymap.connector.common.RetryAfter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Access tokens from Google's OAuth 2.0 token endpoint by the refresh-token grant (form-encoded POST,
 * JSON answer with {@code access_token}). Called once at start and again after each 401, through
 * {@link io.journeymap.connector.common.BearerTokenAuth}.
 */
final class GoogleOAuthTokens implements Supplier<String> {

    private final AdsSettings.GoogleAdsPull pull;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    GoogleOAuthTokens(AdsSettings.GoogleAdsPull pull) {
        this.pull = pull;
    }

    @Override
    public String get() {
        String form = "grant_type=refresh_token&client_id=" + enc(pull.clientId()) + "&client_secret="
                + enc(pull.clientSecret()) + "&refresh_token=" + enc(pull.refreshToken());
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(pull.tokenUrl()).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                // classified like any call: 5xx and 429 may pass (the client retries), 400 invalid_grant will not
                throw new UncheckedIOException(new HttpCallException("the OAuth token endpoint answered " + r.statusCode(),
                        r.statusCode(), FailureClassifier.ofStatus(r.statusCode()), 1,
                        RetryAfter.parse(r.headers().firstValue("Retry-After").orElse(null), Instant.now()).orElse(null),
                        null, null));
            }
            JsonNode json = EventJson.mapper().readTree(r.body());
            String token = json.path("access_token").asText(null);
            if (token == null || token.isBlank()) {
                throw new IllegalStateException("the OAuth token endpoint sent no access_token");
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("the OAuth token endpoint could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching an OAuth token", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
