package io.journeymap.connector.ads.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.Violation;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.api.json.EventJson;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.connector.common.BearerTokenAuth;
import io.journeymap.connector.common.JsonHttpClient;
import io.journeymap.connector.common.JsonResponse;
import io.journeymap.connector.common.RateLimiter;
import io.journeymap.connector.common.TokenBucket;
import io.journeymap.connector.common.rows.ChunkedImport;
import io.journeymap.connector.common.rows.DeadLetterFile;
import io.journeymap.connector.common.rows.IngestFailedException;
import io.journeymap.connector.common.rows.SourceRow;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls Google Ads clicks: {@code POST /<version>/customers/<id>/googleAds:search} with a GAQL query
 * on click_view for one day at a time (click_view allows no wider range), following
 * {@code nextPageToken}. The connector-common client refreshes the OAuth token on 401, honours
 * Retry-After on 429 and backs off on 5xx and timeouts. Each pull reads the last
 * {@code pull.lookback.days} complete days again: the message ids are the gclids, so a re-read stores
 * nothing twice, and a restart within that window loses nothing.
 */
final class GoogleAdsClickPull {

    private static final Logger LOG = LoggerFactory.getLogger(GoogleAdsClickPull.class);

    private final AdsSettings settings;
    private final AdsSettings.GoogleAdsPull pull;
    private final JsonHttpClient client;
    private final RateLimiter limiter = new TokenBucket(5, 5);
    private final EventIngest ingest;
    private final ConnectorActivity activity;
    private final Clock clock;

    GoogleAdsClickPull(AdsSettings settings, JsonHttpClient client, EventIngest ingest, ConnectorActivity activity,
            Clock clock) {
        this.settings = settings;
        this.pull = settings.pull().orElseThrow();
        this.client = client;
        this.ingest = ingest;
        this.activity = activity;
        this.clock = clock;
    }

    static JsonHttpClient client(AdsSettings.GoogleAdsPull pull) {
        JsonHttpClient.Builder b = JsonHttpClient.builder().setBaseUri(pull.apiUrl())
                .optAuth(new BearerTokenAuth(new GoogleOAuthTokens(pull)))
                .optHeader("developer-token", pull.developerToken()).optUserAgent("journeymap-connector-ads");
        pull.loginCustomerId().ifPresent(id -> b.optHeader("login-customer-id", id));
        return b.build();
    }

    /** Pulls every day of the lookback window; returns the total summary. */
    ChunkedImport.Summary pullWindow() throws IOException, IngestFailedException, InterruptedException {
        LocalDate today = LocalDate.now(clock.withZone(settings.googleAdsZone()));
        int records = 0;
        int appended = 0;
        int duplicates = 0;
        int dead = 0;
        for (int d = pull.lookbackDays(); d >= 1; d--) {
            ChunkedImport.Summary s = pullDay(today.minusDays(d));
            records += s.records();
            appended += s.appended();
            duplicates += s.duplicates();
            dead += s.deadLettered();
        }
        return new ChunkedImport.Summary(records, appended, duplicates, dead, 0);
    }

    ChunkedImport.Summary pullDay(LocalDate day) throws IOException, IngestFailedException, InterruptedException {
        String path = "/" + pull.apiVersion() + "/customers/" + pull.customerId() + "/googleAds:search";
        String query = "SELECT click_view.gclid, segments.date, campaign.id, campaign.name, ad_group.id, ad_group.name,"
                + " segments.click_type, segments.device FROM click_view WHERE segments.date = '" + day + "'";
        GoogleClickMapper mapper = new GoogleClickMapper(GoogleClickMapper.API, settings.googleAdsZone(), clock.instant());
        int records = 0;
        int appended = 0;
        int duplicates = 0;
        int pages = 0;
        String pageToken = null;
        try (DeadLetterFile dead = new DeadLetterFile(settings.dropDir().resolve("google-ads-api-" + day))) {
            do {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("query", query);
                if (pageToken != null) {
                    body.put("pageToken", pageToken);
                }
                JsonResponse page = client.send("POST", path, body, limiter);
                pages++;
                List<SourceRow> rows = new ArrayList<>();
                for (JsonNode result : page.body().path("results")) {
                    rows.add(new ResultRow(records + rows.size() + 1, result));
                }
                ChunkedImport.Summary s = ChunkedImport.run(rows.iterator(), mapper::map, ingest, dead,
                        settings.chunkSize(), settings.ingestTimeout());
                records += s.records();
                appended += s.appended();
                duplicates += s.duplicates();
                pageToken = page.body().path("nextPageToken").asText(null);
            } while (pageToken != null && !pageToken.isBlank());
            activity.recorded(appended + duplicates, dead.count(), "google ads clicks " + day);
            LOG.info("route ingest-googleads-pull: clicks of {}: {} rows in {} page(s), {} stored, {} already stored, {} dead-lettered",
                    day, records, pages, appended, duplicates, dead.count());
            return new ChunkedImport.Summary(records, appended, duplicates, dead.count(), 0);
        }
    }

    /** One element of the search response's {@code results}, addressed by JSON path (e.g. {@code clickView.gclid}). */
    private record ResultRow(long line, JsonNode node) implements SourceRow {
        @Override
        public String text(String column) {
            JsonNode n = node;
            for (String part : column.split("\\.")) {
                n = n.path(part);
            }
            return n.isValueNode() && !n.asText().isBlank() ? n.asText().trim() : null;
        }

        @Override
        public Object value(String column) {
            return text(column);
        }

        @Override
        public String raw() {
            return EventJson.mapper().valueToTree(node).toString();
        }

        @Override
        public Optional<Violation> malformed() {
            return node.isObject() ? Optional.empty()
                    : Optional.of(Violation.of("results[]", "type:object", "a search result must be an object"));
        }
    }
}
