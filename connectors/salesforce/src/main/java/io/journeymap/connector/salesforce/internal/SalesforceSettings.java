package io.journeymap.connector.salesforce.internal;

import io.journeymap.api.config.ConfigRules;
import io.journeymap.api.config.InvalidConfigurationException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Salesforce connector's configuration, checked: a bad value fails activation naming its key,
 * never its value. No credentials at all is not an error: {@link #configured()} is false and the
 * connector stays stopped.
 */
record SalesforceSettings(String instance, URI loginUrl, AuthType authType, String clientId, String clientSecret,
        String refreshToken, String jwtUsername, Path keystorePath, String keystorePassword, String keystoreType,
        String apiVersion, List<SalesforceObject> objects, Duration pollInterval, Duration pollLag,
        Instant backfillFrom, SalesforceRoutes.Retry retry, Duration httpTimeout, Path deadLetterDir) {

    /** The two OAuth flows a server-side integration uses (camel-salesforce supports both). */
    enum AuthType { REFRESH_TOKEN, JWT }

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    /**
     * @param c         the configuration
     * @param karafData {@code ${karaf.data}}, the default home of dead letters
     * @return the checked settings
     * @throws InvalidConfigurationException naming the first bad key
     */
    static SalesforceSettings of(SalesforceConfig c, Path karafData) {
        String instance = ConfigRules.requireText("instance", c.instance());
        if (!instance.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new InvalidConfigurationException("instance", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        URI login = loginUrl(c.login_url());
        AuthType auth = switch (ConfigRules.requireText("auth.type", c.auth_type()).toLowerCase(Locale.ROOT)) {
            case "refresh_token" -> AuthType.REFRESH_TOKEN;
            case "jwt" -> AuthType.JWT;
            default -> throw new InvalidConfigurationException("auth.type", "must be refresh_token or jwt");
        };
        String apiVersion = ConfigRules.requireText("api.version", c.api_version());
        if (!apiVersion.matches("\\d{2,3}\\.0")) {
            throw new InvalidConfigurationException("api.version", "must be a REST API version such as 62.0");
        }
        ConfigRules.requireRange("poll.interval.seconds", c.poll_interval_seconds(), 1, 86_400);
        ConfigRules.requireRange("poll.lag.seconds", c.poll_lag_seconds(), 0, 3600);
        ConfigRules.requireRange("retry.max.attempts", c.retry_max_attempts(), 1, 20);
        ConfigRules.requireRange("retry.initial.delay.ms", c.retry_initial_delay_ms(), 0, 3_600_000);
        ConfigRules.requireRange("retry.max.delay.ms", c.retry_max_delay_ms(), c.retry_initial_delay_ms(), 3_600_000);
        ConfigRules.requireRange("http.timeout.seconds", c.http_timeout_seconds(), 1, 600);
        return new SalesforceSettings(instance, login, auth, blankToNull(c.client_id()),
                blankToNull(c.client_secret()), blankToNull(c.refresh_token()), blankToNull(c.jwt_username()),
                blankToNull(c.jwt_keystore_path()) == null ? null : Path.of(c.jwt_keystore_path().trim()),
                blankToNull(c.jwt_keystore_password()), ConfigRules.requireText("jwt.keystore.type", c.jwt_keystore_type()),
                apiVersion, objects(c.objects()), Duration.ofSeconds(c.poll_interval_seconds()),
                Duration.ofSeconds(c.poll_lag_seconds()), backfillFrom(c.backfill_from()),
                new SalesforceRoutes.Retry(c.retry_max_attempts(), Duration.ofMillis(c.retry_initial_delay_ms()),
                        Duration.ofMillis(c.retry_max_delay_ms())),
                Duration.ofSeconds(c.http_timeout_seconds()),
                dir(c.dead_letter_dir(), karafData.resolve("journeymap/dead-letters"))).checkCredentials();
    }

    /** @return whether any credential is set; with none the connector stays stopped */
    boolean configured() {
        return clientId != null || clientSecret != null || refreshToken != null || jwtUsername != null
                || keystorePath != null;
    }

    private SalesforceSettings checkCredentials() {
        if (!configured()) {
            return this;
        }
        ConfigRules.requireText("client.id", clientId);
        if (authType == AuthType.REFRESH_TOKEN) {
            // camel-salesforce's refresh-token flow sends the consumer secret too, as Salesforce requires
            ConfigRules.requireText("client.secret", clientSecret);
            ConfigRules.requireText("refresh.token", refreshToken);
        } else {
            ConfigRules.requireText("jwt.username", jwtUsername);
            if (keystorePath == null || !Files.isReadable(keystorePath)) {
                throw new InvalidConfigurationException("jwt.keystore.path", "must name a readable keystore file");
            }
        }
        return this;
    }

    private static URI loginUrl(String value) {
        String text = ConfigRules.requireText("login.url", value);
        URI uri;
        try {
            uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("login.url", "must be a URL such as https://login.salesforce.com");
        }
        boolean https = "https".equals(uri.getScheme());
        // plain http only for a local stand-in: a token over http anywhere else is a leaked token
        boolean localHttp = "http".equals(uri.getScheme()) && uri.getHost() != null && LOCAL_HOSTS.contains(uri.getHost());
        if (uri.getHost() == null || !(https || localHttp)) {
            throw new InvalidConfigurationException("login.url", "must be an https URL such as https://login.salesforce.com");
        }
        return uri;
    }

    private static List<SalesforceObject> objects(String value) {
        List<SalesforceObject> objects = new ArrayList<>();
        for (String name : ConfigRules.requireText("objects", value).split(",")) {
            if (name.isBlank()) {
                continue;
            }
            SalesforceObject o = SalesforceObject.fromApiName(name).orElseThrow(() -> new InvalidConfigurationException(
                    "objects", "names '" + name.trim() + "'; known: Lead, Contact, Opportunity, Task, Event, Case, CampaignMember"));
            if (!objects.contains(o)) {
                objects.add(o);
            }
        }
        if (objects.isEmpty()) {
            throw new InvalidConfigurationException("objects", "must name at least one object");
        }
        return List.copyOf(objects);
    }

    private static Instant backfillFrom(String value) {
        if (value == null || value.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidConfigurationException("backfill.from", "must be an ISO-8601 instant such as 2024-01-01T00:00:00Z");
        }
    }

    private static Path dir(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value.trim());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Never prints the secrets. */
    @Override
    public String toString() {
        return "SalesforceSettings[instance=" + instance + ", login=" + loginUrl + ", auth=" + authType
                + ", objects=" + objects + ", poll=" + pollInterval + ", configured=" + configured() + "]";
    }
}
