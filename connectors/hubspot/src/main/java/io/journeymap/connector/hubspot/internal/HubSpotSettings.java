package io.journeymap.connector.hubspot.internal;

import io.journeymap.api.config.ConfigRules;
import io.journeymap.api.config.InvalidConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * The connector's configuration, checked: every rule a value breaks is reported with its key, and
 * secrets never appear in a message or in {@link #toString()}.
 *
 * @param instance          the account name
 * @param accessToken       the private app token, null when not set (the sync stays stopped)
 * @param baseUrl           the API base URL
 * @param objectTypes       the object types to sync, one route each
 * @param pollIntervalMs    between polls
 * @param pageSize          objects per page
 * @param startDate         where a sync without checkpoint starts, null for the oldest
 * @param indexLagMs        the search index lag left for later
 * @param searchPerSecond   search requests per second for the account
 * @param requestsPerSecond other requests per second for the account
 * @param deadLetterUri     where dead letters go
 * @param webhook           the webhook receiver, null when off
 */
record HubSpotSettings(String instance, String accessToken, String baseUrl, List<HubSpotObjectType> objectTypes,
        long pollIntervalMs, int pageSize, String startDate, long indexLagMs, double searchPerSecond,
        double requestsPerSecond, String deadLetterUri, Webhook webhook) {

    /**
     * @param clientSecret the app's client secret
     * @param host         the bind address
     * @param port         the port
     * @param path         the path HubSpot posts to
     * @param publicUrl    the URL HubSpot signs, null to derive it from the Host header
     */
    record Webhook(String clientSecret, String host, int port, String path, String publicUrl) {
        @Override
        public String toString() {
            return "webhook on " + host + ":" + port + path;
        }
    }

    /** @return whether the CRM sync runs (a token is set) */
    boolean syncEnabled() {
        return accessToken != null;
    }

    static HubSpotSettings from(HubSpotConnectorConfig c) {
        String instance = ConfigRules.requireText("instance", c.instance());
        if (!instance.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new InvalidConfigurationException("instance", "must be 1 to 64 letters, digits, '_', '.' or '-'");
        }
        String token = blankToNull(c.access_token());
        String baseUrl = httpUrl("base.url", c.base_url());
        List<HubSpotObjectType> types = objectTypes(c.object_types());
        if (c.poll_interval_ms() < 100 || c.poll_interval_ms() > 86_400_000L) {
            throw new InvalidConfigurationException("poll.interval.ms", "must be between 100 and 86400000");
        }
        int pageSize = ConfigRules.requireRange("page.size", c.page_size(), 1, HubSpotClient.MAX_BATCH_INPUTS);
        String start = blankToNull(c.start_date());
        if (start != null && HubSpotRecords.instant(start) == null) {
            throw new InvalidConfigurationException("start.date", "must be an ISO-8601 instant or epoch milliseconds");
        }
        if (c.index_lag_ms() < 0) {
            throw new InvalidConfigurationException("index.lag.ms", "must be 0 or more");
        }
        if (!(c.search_requests_per_second() > 0) || c.search_requests_per_second() > 1000) {
            throw new InvalidConfigurationException("search.requests.per.second", "must be more than 0 and at most 1000");
        }
        if (!(c.requests_per_second() > 0) || c.requests_per_second() > 1000) {
            throw new InvalidConfigurationException("requests.per.second", "must be more than 0 and at most 1000");
        }
        String deadLetters = ConfigRules.requireText("dead.letter.uri", c.dead_letter_uri());
        if (!deadLetters.matches("[a-z][a-z0-9+.-]*:.+")) {
            throw new InvalidConfigurationException("dead.letter.uri", "must be a Camel endpoint URI, e.g. log:name");
        }
        return new HubSpotSettings(instance, token, baseUrl, types, c.poll_interval_ms(), pageSize, start,
                c.index_lag_ms(), c.search_requests_per_second(), c.requests_per_second(), deadLetters, webhook(c));
    }

    private static Webhook webhook(HubSpotConnectorConfig c) {
        String secret = blankToNull(c.webhook_client_secret());
        if (secret == null) {
            return null;
        }
        int port = ConfigRules.requireRange("webhook.port", c.webhook_port(), 1, 65535);
        String path = ConfigRules.requireText("webhook.path", c.webhook_path());
        if (!path.matches("(/[A-Za-z0-9._~-]+)+")) {
            throw new InvalidConfigurationException("webhook.path", "must be a path such as /hubspot/webhook");
        }
        String publicUrl = blankToNull(c.webhook_public_url());
        if (publicUrl != null) {
            httpUrl("webhook.public.url", publicUrl);
        }
        return new Webhook(secret, ConfigRules.requireText("webhook.host", c.webhook_host()), port, path, publicUrl);
    }

    private static List<HubSpotObjectType> objectTypes(String value) {
        List<HubSpotObjectType> types = new ArrayList<>();
        for (String name : ConfigRules.requireText("object.types", value).split(",")) {
            HubSpotObjectType t = HubSpotObjectType.fromPath(name).orElseThrow(() -> new InvalidConfigurationException(
                    "object.types", "each must be one of contacts, companies, deals, emails, calls, meetings, notes, tasks"));
            if (!types.contains(t)) {
                types.add(t);
            }
        }
        return List.copyOf(types);
    }

    private static String httpUrl(String key, String value) {
        String url = ConfigRules.requireText(key, value);
        try {
            URI u = new URI(url);
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new InvalidConfigurationException(key, "must be an http or https URL");
            }
        } catch (URISyntaxException e) {
            throw new InvalidConfigurationException(key, "must be an http or https URL");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Never prints the token or the client secret. */
    @Override
    public String toString() {
        return "HubSpot instance " + instance + " at " + baseUrl + ", sync " + (syncEnabled() ? objectTypes : "off")
                + ", " + (webhook == null ? "webhook off" : webhook);
    }
}
