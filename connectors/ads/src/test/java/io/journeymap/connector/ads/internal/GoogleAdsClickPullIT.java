package io.journeymap.connector.ads.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.connector.ConnectorState;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.json.EventJson;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.connector.common.HttpCallException;
import io.journeymap.connector.common.rows.ChunkedImport;
import io.journeymap.connector.common.rows.DeadLetterFile;
import io.journeymap.connector.common.testing.RecordingIngest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Google Ads click pull against a local stand-in of Google's token endpoint and
 * {@code googleAds:search}: OAuth refresh-token grant, a refresh after 401, Retry-After honoured on
 * 429, backoff on 5xx, {@code nextPageToken} paging, one day per query, and a re-pull that stores nothing twice.
 */
class GoogleAdsClickPullIT {

    /** Noon on the 28th: a two-day lookback reads the 26th and the 27th. */
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @TempDir
    Path drop;

    private GoogleAdsStandIn google;
    private final RecordingIngest ingest = new RecordingIngest();

    @BeforeEach
    void start() throws Exception {
        google = new GoogleAdsStandIn(2);
        google.click("2026-11-26", "Cj0KCQiA-day26-click1_wcB", "20512345678", "Spring Sale - Search", "MOBILE");
        google.click("2026-11-26", "Cj0KCQiA-day26-click2_wcB", "20512345678", "Spring Sale - Search", "DESKTOP");
        google.click("2026-11-26", "Cj0KCQiA-day26-click3_wcB", "20512399999", "Brand - Exact", "TABLET");
        google.click("2026-11-26", null, "20512399999", "Brand - Exact", "MOBILE"); // a row without its gclid
        google.click("2026-11-26", "Cj0KCQiA-day26-click5_wcB", "20512399999", "Brand - Exact", "MOBILE");
        google.click("2026-11-27", "Cj0KCQiA-day27-click1_wcB", "20512345678", "Spring Sale - Search", "MOBILE");
    }

    @AfterEach
    void stop() {
        google.close();
    }

    private GoogleAdsClickPull pull() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("drop.dir", drop.toString());
        c.put("google.ads.api.url", google.baseUrl());
        c.put("google.ads.api.version", "v21");
        c.put("google.ads.customer.id", "123-456-7890");
        c.put("google.ads.login.customer.id", "987-654-3210");
        c.put("google.ads.developer.token", GoogleAdsStandIn.DEVELOPER_TOKEN);
        c.put("google.ads.oauth.token.url", google.baseUrl() + "/token");
        c.put("google.ads.oauth.client.id", GoogleAdsStandIn.CLIENT_ID);
        c.put("google.ads.oauth.client.secret", GoogleAdsStandIn.CLIENT_SECRET);
        c.put("google.ads.oauth.refresh.token", GoogleAdsStandIn.REFRESH_TOKEN);
        c.put("pull.lookback.days", "2");
        AdsSettings settings = AdsSettings.of(c);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new GoogleAdsClickPull(settings, GoogleAdsClickPull.client(settings.pull().orElseThrow()), ingest,
                new ConnectorActivity("ads", "test", ConnectorState.RUNNING, clock), clock);
    }

    @Test
    void everyClickOfTheWindowIsStoredOnceThroughRateLimitingServerErrorsAndPaging() throws Exception {
        google.searchFault(429, Map.of("Retry-After", "1"), "RESOURCE_EXHAUSTED", "Too many requests. Retry in 1 seconds.");
        google.searchFault(503, Map.of(), "UNAVAILABLE", "The service is currently unavailable.");

        ChunkedImport.Summary s = pull().pullWindow();

        assertThat(s).isEqualTo(new ChunkedImport.Summary(6, 5, 0, 1, 0));
        assertThat(ingest.stored()).extracting(TouchpointEvent::messageId).containsExactly(
                "gads-click-Cj0KCQiA-day26-click1_wcB", "gads-click-Cj0KCQiA-day26-click2_wcB",
                "gads-click-Cj0KCQiA-day26-click3_wcB", "gads-click-Cj0KCQiA-day26-click5_wcB",
                "gads-click-Cj0KCQiA-day27-click1_wcB");
        TouchpointEvent first = ingest.stored().get(0);
        assertThat(first.identifiers()).containsExactly(Identifier.of(IdentifierType.GCLID, "Cj0KCQiA-day26-click1_wcB"));
        assertThat(first.timestamp()).isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
        assertThat(first.properties()).containsEntry("campaign_id", "20512345678").containsEntry("device", "MOBILE")
                .containsEntry("click_type", "URL_CLICKS").containsEntry("ad_group_name", "Journey mapping - exact");

        List<GoogleAdsStandIn.Received> calls = google.searches();
        // 429, 503, then day 26 in three pages of two, then day 27 in one
        assertThat(calls).hasSize(6);
        assertThat(calls).allSatisfy(r -> {
            assertThat(r.path()).isEqualTo("/v21/customers/1234567890/googleAds:search");
            assertThat(r.authorization()).isEqualTo("Bearer ya29.it-access-token-1");
            assertThat(r.developerToken()).isEqualTo(GoogleAdsStandIn.DEVELOPER_TOKEN);
            assertThat(r.loginCustomerId()).isEqualTo("9876543210");
        });
        assertThat(Duration.ofNanos(calls.get(1).nanoTime() - calls.get(0).nanoTime()))
                .as("Retry-After: 1 honoured").isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(Duration.ofNanos(calls.get(2).nanoTime() - calls.get(1).nanoTime()))
                .as("a backoff after the 503").isGreaterThanOrEqualTo(Duration.ofMillis(200));
        JsonNode page1 = EventJson.mapper().readTree(calls.get(2).body());
        JsonNode page2 = EventJson.mapper().readTree(calls.get(3).body());
        JsonNode page3 = EventJson.mapper().readTree(calls.get(4).body());
        JsonNode day27 = EventJson.mapper().readTree(calls.get(5).body());
        assertThat(page1.path("query").asText()).contains("FROM click_view", "segments.date = '2026-11-26'");
        assertThat(page1.has("pageToken")).isFalse();
        assertThat(page2.path("pageToken").asText()).isEqualTo("page-2");
        assertThat(page3.path("pageToken").asText()).isEqualTo("page-4");
        assertThat(page2.path("query").asText()).isEqualTo(page1.path("query").asText());
        assertThat(day27.path("query").asText()).contains("segments.date = '2026-11-27'");

        List<String> dead = Files.readAllLines(DeadLetterFile.errorsFileOf(drop.resolve("google-ads-api-2026-11-26")));
        assertThat(dead).singleElement().satisfies(d ->
                assertThat(d).contains("\"line\":4", "\"field\":\"clickView.gclid\"", "\"rule\":\"required\""));
    }

    @Test
    void theNextPullReReadsTheWindowAndStoresNothingTwice() throws Exception {
        GoogleAdsClickPull pull = pull();
        pull.pullWindow();

        ChunkedImport.Summary again = pull.pullWindow();

        assertThat(again).isEqualTo(new ChunkedImport.Summary(6, 0, 5, 1, 0));
        assertThat(ingest.stored()).hasSize(5);
        assertThat(google.tokenRequests()).as("the token is kept between pulls").hasSize(1);
    }

    @Test
    void anExpiredAccessTokenIsRefreshedByTheRefreshTokenGrantAndTheCallRepeated() throws Exception {
        GoogleAdsClickPull pull = pull();
        pull.pullDay(java.time.LocalDate.parse("2026-11-27"));
        google.expireToken();

        pull.pullDay(java.time.LocalDate.parse("2026-11-26"));

        assertThat(ingest.stored()).hasSize(5);
        assertThat(google.tokenRequests()).hasSize(2).allSatisfy(form -> assertThat(form)
                .containsEntry("grant_type", "refresh_token").containsEntry("client_id", GoogleAdsStandIn.CLIENT_ID)
                .containsEntry("refresh_token", GoogleAdsStandIn.REFRESH_TOKEN));
        List<GoogleAdsStandIn.Received> calls = google.searches();
        // day 27; then day 26: refused with the old token, repeated with the new one, two more pages
        assertThat(calls).extracting(GoogleAdsStandIn.Received::authorization).containsExactly(
                "Bearer ya29.it-access-token-1", "Bearer ya29.it-access-token-1", "Bearer ya29.it-access-token-2",
                "Bearer ya29.it-access-token-2", "Bearer ya29.it-access-token-2");
        assertThat(calls.get(2).body()).isEqualTo(calls.get(1).body());
    }

    @Test
    void anUnavailableTokenEndpointIsRetriedWithBackoffLikeTheApiItself() throws Exception {
        google.tokenEndpointUnavailable(1);

        ChunkedImport.Summary s = pull().pullWindow();

        assertThat(s.appended()).isEqualTo(5);
        assertThat(google.tokenRequests()).hasSize(2);
    }

    @Test
    void anUnavailableTokenEndpointAtRefreshTimeIsRetriedToo() throws Exception {
        GoogleAdsClickPull pull = pull();
        pull.pullDay(java.time.LocalDate.parse("2026-11-27"));
        google.expireToken();
        google.tokenEndpointUnavailable(1);

        pull.pullDay(java.time.LocalDate.parse("2026-11-26"));

        assertThat(ingest.stored()).hasSize(5);
        assertThat(google.tokenRequests()).hasSize(3);
        assertThat(google.searches()).last().satisfies(r ->
                assertThat(r.authorization()).isEqualTo("Bearer ya29.it-access-token-2"));
    }

    @Test
    void aRevokedRefreshTokenFailsThePullAtOnceAsPermanentAndStoresNothing() {
        google.refuseGrant();

        assertThatThrownBy(() -> pull().pullWindow()).isInstanceOfSatisfying(HttpCallException.class,
                e -> assertThat(e.retriable()).isFalse());

        assertThat(ingest.stored()).isEmpty();
        assertThat(google.searches()).isEmpty();
        assertThat(google.tokenRequests()).hasSize(1);
    }

    @Test
    void aQueryTheApiRefusesIsNotRetried() {
        google.searchFault(400, Map.of(), "INVALID_ARGUMENT", "Request contains an invalid argument.");

        assertThatThrownBy(() -> pull().pullWindow()).isInstanceOfSatisfying(HttpCallException.class,
                e -> assertThat(e.status()).isEqualTo(400));

        assertThat(google.searches()).hasSize(1);
        assertThat(ingest.stored()).isEmpty();
    }
}
