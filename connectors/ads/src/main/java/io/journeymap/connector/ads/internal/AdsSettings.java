package io.journeymap.connector.ads.internal;

import io.journeymap.api.config.ConfigRules;
import io.journeymap.api.config.InvalidConfigurationException;
import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The ads connector's configuration, checked: a bad value fails activation naming its key (never its
 * value: tokens and secrets are among them). An empty {@code google.ads.api.url} turns the pull off.
 *
 * @param dropDir        the report drop folder
 * @param pollInterval   how often it is listed
 * @param readLockMinAge how long a file must be unchanged before it is read
 * @param chunkSize      events per ingest call
 * @param ingestTimeout  the longest wait for one chunk to be durable
 * @param googleAdsZone  the Google Ads account's time zone (click_view dates are in it)
 * @param pull           the Google Ads click pull, when configured
 */
record AdsSettings(Path dropDir, Duration pollInterval, Duration readLockMinAge, int chunkSize, Duration ingestTimeout,
        ZoneId googleAdsZone, Optional<GoogleAdsPull> pull) {

    /**
     * @param apiUrl          the API's base URL, e.g. {@code https://googleads.googleapis.com}
     * @param apiVersion      e.g. {@code v21}
     * @param customerId      the account, ten digits
     * @param loginCustomerId the manager account, when access goes through one
     * @param developerToken  the developer token (secret)
     * @param tokenUrl        the OAuth token endpoint
     * @param clientId        the OAuth client id
     * @param clientSecret    the OAuth client secret (secret)
     * @param refreshToken    the OAuth refresh token (secret)
     * @param interval        how often to pull
     * @param lookbackDays    how many past days each pull reads again (clicks settle; restarts lose nothing within it)
     */
    record GoogleAdsPull(URI apiUrl, String apiVersion, String customerId, Optional<String> loginCustomerId,
            String developerToken, URI tokenUrl, String clientId, String clientSecret, String refreshToken,
            Duration interval, int lookbackDays) {

        /** Never prints the secrets. */
        @Override
        public String toString() {
            return "GoogleAdsPull[" + apiUrl + ", customer " + customerId + "]";
        }
    }

    static AdsSettings of(Map<String, ?> c) {
        Path dir = Path.of(ConfigRules.requireText("drop.dir", text(c, "drop.dir")));
        int poll = ConfigRules.requireRange("poll.interval.ms", integer(c, "poll.interval.ms", 2000), 100, 3_600_000);
        int minAge = ConfigRules.requireRange("readlock.min.age.ms", integer(c, "readlock.min.age.ms", 1000), 0, 600_000);
        int chunk = ConfigRules.requireRange("chunk.size", integer(c, "chunk.size", 1000), 1, 10_000);
        int timeout = ConfigRules.requireRange("ingest.timeout.seconds", integer(c, "ingest.timeout.seconds", 60), 1, 600);
        ZoneId zone;
        try {
            zone = ZoneId.of(text(c, "google.ads.timezone") == null ? "UTC" : text(c, "google.ads.timezone"));
        } catch (DateTimeException e) {
            throw new InvalidConfigurationException("google.ads.timezone", "must be a time zone id such as America/New_York");
        }
        return new AdsSettings(dir, Duration.ofMillis(poll), Duration.ofMillis(minAge), chunk, Duration.ofSeconds(timeout),
                zone, pull(c));
    }

    private static Optional<GoogleAdsPull> pull(Map<String, ?> c) {
        String api = text(c, "google.ads.api.url");
        if (api == null) {
            return Optional.empty();
        }
        URI apiUrl = url("google.ads.api.url", api);
        String version = ConfigRules.requireText("google.ads.api.version",
                text(c, "google.ads.api.version") == null ? "v21" : text(c, "google.ads.api.version"));
        if (!version.matches("v\\d+")) {
            throw new InvalidConfigurationException("google.ads.api.version", "must read v and a number, e.g. v21");
        }
        String customer = digits("google.ads.customer.id", text(c, "google.ads.customer.id"));
        Optional<String> login = Optional.ofNullable(text(c, "google.ads.login.customer.id"))
                .map(l -> digits("google.ads.login.customer.id", l));
        String token = ConfigRules.requireText("google.ads.developer.token", text(c, "google.ads.developer.token"));
        URI tokenUrl = url("google.ads.oauth.token.url", text(c, "google.ads.oauth.token.url") == null
                ? "https://oauth2.googleapis.com/token" : text(c, "google.ads.oauth.token.url"));
        String clientId = ConfigRules.requireText("google.ads.oauth.client.id", text(c, "google.ads.oauth.client.id"));
        String secret = ConfigRules.requireText("google.ads.oauth.client.secret", text(c, "google.ads.oauth.client.secret"));
        String refresh = ConfigRules.requireText("google.ads.oauth.refresh.token", text(c, "google.ads.oauth.refresh.token"));
        int interval = ConfigRules.requireRange("pull.interval.seconds", integer(c, "pull.interval.seconds", 3600), 1, 86_400);
        int lookback = ConfigRules.requireRange("pull.lookback.days", integer(c, "pull.lookback.days", 3), 1, 90);
        return Optional.of(new GoogleAdsPull(apiUrl, version, customer, login, token, tokenUrl, clientId, secret, refresh,
                Duration.ofSeconds(interval), lookback));
    }

    private static URI url(String key, String value) {
        try {
            URI u = URI.create(value.trim());
            if (!"https".equals(u.getScheme()) && !"http".equals(u.getScheme()) || u.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(key, "must be an http(s) URL");
        }
    }

    // Google shows customer ids as 123-456-7890; the API wants the digits.
    private static String digits(String key, String value) {
        String d = ConfigRules.requireText(key, value).replace("-", "");
        if (!d.matches("\\d{10}")) {
            throw new InvalidConfigurationException(key, "must be a ten-digit Google Ads customer id, e.g. 123-456-7890");
        }
        return d;
    }

    private static String text(Map<String, ?> c, String key) {
        Object v = c.get(key);
        return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v).trim();
    }

    private static int integer(Map<String, ?> c, String key, int fallback) {
        String v = text(c, key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new InvalidConfigurationException(key, "must be a whole number");
        }
    }

    /** @return the report file patterns, for the file endpoint's antInclude */
    static String antInclude() {
        return String.join(",", java.util.Arrays.stream(AdReport.values()).map(AdReport::pattern).toList());
    }
}
