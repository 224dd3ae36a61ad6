package io.journeymap.connector.ads.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.connector.ConnectorState;
import io.journeymap.api.event.Campaign;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.camel.ConnectorActivity;
import io.journeymap.connector.common.rows.ChunkedImport;
import io.journeymap.connector.common.rows.DeadLetterFile;
import io.journeymap.connector.common.testing.RecordingIngest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three ad reports, from fixtures laid out as the vendors document them (Google Ads click_view
 * fields by their GAQL names; Google's offline conversion import template with its
 * {@code Parameters:TimeZone} line and GBRAID / WBRAID columns; Meta offline conversions in the
 * Conversions API's parameter names with {@code fbc = fb.<subdomain>.<creation ms>.<fbclid>}),
 * through the importer: every good row becomes one event joined by its click id, every bad row is
 * dead-lettered with its line and each broken rule, and a re-read stores nothing twice.
 */
class AdReportImporterTest {

    private static final Instant NOW = Instant.parse("2026-11-28T07:00:00Z");
    private static final String GCLID_1 = "Cj0KCQiA-NHLBhDSARIsAIhe9X2Mv3Jx_q0aBkWd1Dc7cJxHqQhB4fC0aAl6zEALw_wcB";
    private static final String GCLID_2 = "EAIaIQobChMI8Y3x1q7qhgMVx0BBAh0F2AhrEAAYASAAEgK7mvD_BwE";

    @TempDir
    Path drop;

    private final RecordingIngest ingest = new RecordingIngest();

    private ChunkedImport.Summary importFixture(String name) throws Exception {
        Path file = drop.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return importer().importFile(file);
    }

    private AdReportImporter importer() {
        AdsSettings settings = AdsSettings.of(Map.of("drop.dir", drop.toString(), "google.ads.timezone", "America/New_York"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new AdReportImporter(settings, ingest, new ConnectorActivity("ads", "test", ConnectorState.RUNNING, clock), clock);
    }

    private List<String> deadLetters(String name) throws Exception {
        return Files.readAllLines(DeadLetterFile.errorsFileOf(drop.resolve(name)));
    }

    @Test
    void googleAdsClickViewRowsBecomeAdClickedEventsJoinedByGclidAtTheStartOfTheAccountsDay() throws Exception {
        ChunkedImport.Summary s = importFixture("google-ads-clicks-2026-11-26.csv");

        assertThat(s).isEqualTo(new ChunkedImport.Summary(4, 2, 0, 2, 0));
        TouchpointEvent click = ingest.stored().get(0);
        assertThat(click.event()).isEqualTo("Ad Clicked");
        assertThat(click.messageId()).isEqualTo("gads-click-" + GCLID_1);
        assertThat(click.identifiers()).containsExactly(Identifier.of(IdentifierType.GCLID, GCLID_1));
        // click_view is reported by day: midnight in the account's zone (New York, UTC-5 in November)
        assertThat(click.timestamp()).isEqualTo(Instant.parse("2026-11-26T05:00:00Z"));
        assertThat(click.receivedAt()).isEqualTo(NOW);
        assertThat(click.properties()).containsEntry("platform", "google_ads").containsEntry("campaign_id", "20512345678")
                .containsEntry("campaign_name", "Spring Sale - Search").containsEntry("ad_group_id", "151234567890")
                .containsEntry("ad_group_name", "Journey mapping - exact").containsEntry("click_type", "URL_CLICKS")
                .containsEntry("device", "MOBILE").containsEntry("click_date", "2026-11-26");
        assertThat(click.context().channel()).isEqualTo("ads");
        assertThat(click.context().campaign()).isEqualTo(new Campaign("Spring Sale - Search", "google", "cpc", null, null));
        assertThat(click.source().key()).isEqualTo("ads/google-ads-clicks");
        assertThat(ingest.stored().get(1).identifiers()).containsExactly(Identifier.of(IdentifierType.GCLID, GCLID_2));

        List<String> dead = deadLetters("google-ads-clicks-2026-11-26.csv");
        assertThat(dead).hasSize(2);
        assertThat(dead.get(0)).contains("\"line\":4", "\"field\":\"click_view.gclid\"", "\"rule\":\"required\"");
        assertThat(dead.get(1)).contains("\"line\":5", "\"field\":\"segments.date\"", "\"rule\":\"date\"",
                "Brand, Exact");
    }

    @Test
    void googleOfflineConversionRowsReadTheTemplatesTimeZoneAndJoinByGclidOrGbraid() throws Exception {
        ChunkedImport.Summary s = importFixture("google-ads-conversions-2026-11-27.csv");

        assertThat(s).isEqualTo(new ChunkedImport.Summary(5, 3, 0, 2, 0));
        TouchpointEvent lead = ingest.stored().get(0);
        assertThat(lead.event()).isEqualTo("Ad Conversion");
        assertThat(lead.identifiers()).containsExactly(Identifier.of(IdentifierType.GCLID, GCLID_1));
        // no offset in the row: read in Parameters:TimeZone=America/New_York
        assertThat(lead.timestamp()).isEqualTo(Instant.parse("2026-11-27T19:03:00Z"));
        assertThat(lead.properties()).containsEntry("platform", "google_ads")
                .containsEntry("conversion_name", "Qualified Lead").containsEntry("value", new BigDecimal("120.50"))
                .containsEntry("currency", "USD");
        assertThat(lead.context().campaign().source()).isEqualTo("google");
        assertThat(lead.source().key()).isEqualTo("ads/google-ads-conversions");

        TouchpointEvent deal = ingest.stored().get(1);
        // the row's own offset wins over the template's zone; a thousands separator is tolerated
        assertThat(deal.timestamp()).isEqualTo(Instant.parse("2026-11-27T15:45:10Z"));
        assertThat(deal.properties()).containsEntry("value", new BigDecimal("1499.00")).containsEntry("currency", "EUR");

        TouchpointEvent app = ingest.stored().get(2);
        assertThat(app.identifiers()).containsExactly(Identifier.of(IdentifierType.GBRAID, "0AAAAAoQ1nZt8jKx2Yb7mQ3WkGz9c"));
        assertThat(app.timestamp()).isEqualTo(Instant.parse("2026-11-27T14:30:00Z"));
        assertThat(app.properties()).doesNotContainKeys("value", "currency");

        List<String> dead = deadLetters("google-ads-conversions-2026-11-27.csv");
        assertThat(dead).hasSize(2);
        // line 1 is the Parameters line, line 2 the header
        assertThat(dead.get(0)).contains("\"line\":6", "\"field\":\"Google Click ID\"", "\"rule\":\"required\"");
        assertThat(dead.get(1)).contains("\"line\":7", "\"field\":\"Conversion Time\"", "\"rule\":\"date-time\"",
                "\"field\":\"Conversion Value\"", "\"rule\":\"number\"");
    }

    @Test
    void aConversionTimeZoneGivenAsAnOffsetInTheTemplateIsHonoured() throws Exception {
        Path file = drop.resolve("google-ads-conversions-offset.csv");
        Files.writeString(file, "Parameters:TimeZone=-0500\r\n"
                + "Google Click ID,Conversion Name,Conversion Time,Conversion Value,Conversion Currency\r\n"
                + GCLID_1 + ",Qualified Lead,2026-06-01 08:00:00,10,USD\r\n");

        importer().importFile(file);

        assertThat(ingest.stored()).singleElement().satisfies(e ->
                assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-06-01T13:00:00Z")));
    }

    @Test
    void everyConversionTimeFormGoogleDocumentsIsRead() throws Exception {
        Path file = drop.resolve("google-ads-conversions-time-forms.csv");
        Files.writeString(file, "Parameters:TimeZone=America/New_York\n"
                + "Google Click ID,Conversion Name,Conversion Time,Conversion Value,Conversion Currency\n"
                + "g1,Lead,2026-11-27T20:15:00Z,,\n"
                + "g2,Lead,2026-11-27T15:15:00-05:00,,\n"
                + "g3,Lead,11/27/2026 17:30:00,,\n"
                + "g4,Lead,11/27/2026T5:45:00 PM,,\n"
                + "g5,Lead,2026-11-27 5:50:00 PM,,\n"
                + "g6,Lead,\"Nov 27, 2026 18:00:00\",,\n"
                + "g7,Lead,27.11.2026 18:00,,\n");

        ChunkedImport.Summary s = importer().importFile(file);

        assertThat(s.appended()).isEqualTo(6);
        assertThat(ingest.stored()).extracting(TouchpointEvent::timestamp).containsExactly(
                Instant.parse("2026-11-27T20:15:00Z"), Instant.parse("2026-11-27T20:15:00Z"),
                Instant.parse("2026-11-27T22:30:00Z"), Instant.parse("2026-11-27T22:45:00Z"),
                Instant.parse("2026-11-27T22:50:00Z"), Instant.parse("2026-11-27T23:00:00Z"));
        assertThat(deadLetters("google-ads-conversions-time-forms.csv")).singleElement()
                .satisfies(d -> assertThat(d).contains("\"line\":9", "\"rule\":\"date-time\""));
    }

    @Test
    void metaOfflineConversionsJoinByTheFbclidInFbcAndByEmailAndPhone() throws Exception {
        ChunkedImport.Summary s = importFixture("meta-conversions-2026-11-27.csv");

        assertThat(s).isEqualTo(new ChunkedImport.Summary(5, 3, 0, 2, 0));
        TouchpointEvent purchase = ingest.stored().get(0);
        assertThat(purchase.event()).isEqualTo("Ad Conversion");
        assertThat(purchase.identifiers()).containsExactly(
                Identifier.of(IdentifierType.FBCLID, "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMs"),
                Identifier.of(IdentifierType.EMAIL, "emma.jones@example.com"),
                Identifier.of(IdentifierType.PHONE, "+44 20 7946 0958"));
        assertThat(purchase.timestamp()).isEqualTo(Instant.parse("2026-11-27T11:00:00Z"));
        assertThat(purchase.properties()).containsEntry("platform", "meta").containsEntry("conversion_name", "Purchase")
                .containsEntry("value", new BigDecimal("142.52")).containsEntry("currency", "GBP")
                .containsEntry("order_id", "ORD-88213");
        assertThat(purchase.context().campaign()).isEqualTo(new Campaign(null, "facebook", "paid_social", null, null));
        assertThat(purchase.source().key()).isEqualTo("ads/meta-conversions");

        assertThat(ingest.stored().get(1).identifiers()).containsExactly(
                Identifier.of(IdentifierType.FBCLID, "IwAR0kT9cZ3mVfJ1x2bQeR7yLmN8pWsU4oHdG6aKc_Ev5iYtXjBzFqD"));
        assertThat(ingest.stored().get(1).properties()).containsEntry("conversion_name", "Lead").doesNotContainKey("order_id");
        assertThat(ingest.stored().get(2).identifiers()).containsExactly(
                Identifier.of(IdentifierType.EMAIL, "liam.brown@example.com"));

        List<String> dead = deadLetters("meta-conversions-2026-11-27.csv");
        assertThat(dead).hasSize(2);
        assertThat(dead.get(0)).contains("\"line\":5", "\"field\":\"fbc\"", "\"rule\":\"fbc-format\"");
        assertThat(dead.get(1)).contains("\"line\":6", "\"field\":\"event_time\"", "\"rule\":\"unix-seconds\"");
    }

    @Test
    void reReadingAReportStoresNothingNewAndListsEachBadRowOnce() throws Exception {
        importFixture("google-ads-conversions-2026-11-27.csv");
        importFixture("meta-conversions-2026-11-27.csv");
        int stored = ingest.stored().size();

        ChunkedImport.Summary again = importFixture("google-ads-conversions-2026-11-27.csv");
        ChunkedImport.Summary metaAgain = importFixture("meta-conversions-2026-11-27.csv");

        assertThat(again).isEqualTo(new ChunkedImport.Summary(5, 0, 3, 2, 0));
        assertThat(metaAgain).isEqualTo(new ChunkedImport.Summary(5, 0, 3, 2, 0));
        assertThat(ingest.stored()).hasSize(stored);
        assertThat(deadLetters("google-ads-conversions-2026-11-27.csv")).hasSize(2);
    }

    @Test
    void theSameClickFromAReportAndFromTheApiHasOneMessageId() {
        GoogleClickMapper csv = new GoogleClickMapper(java.time.ZoneId.of("UTC"), NOW);
        GoogleClickMapper api = new GoogleClickMapper(GoogleClickMapper.API, java.time.ZoneId.of("UTC"), NOW);
        Map<String, String> csvRow = Map.of("click_view.gclid", GCLID_1, "segments.date", "2026-11-26");
        Map<String, String> apiRow = Map.of("clickView.gclid", GCLID_1, "segments.date", "2026-11-26");

        TouchpointEvent fromCsv = csv.map(new MapRow(csvRow)).event();
        TouchpointEvent fromApi = api.map(new MapRow(apiRow)).event();

        assertThat(fromCsv.messageId()).isEqualTo(fromApi.messageId());
        assertThat(fromCsv.source()).isEqualTo(fromApi.source());
    }

    @Test
    void aFileNamedForNoReportIsRefusedBeforeAnythingIsRead() throws Exception {
        Path file = drop.resolve("bing-ads-clicks.csv");
        Files.writeString(file, "x\n1\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer().importFile(file))
                .isInstanceOf(java.io.IOException.class);
        assertThat(ingest.stored()).isEmpty();
    }

    /** A row addressed by column name, for mapper-level checks. */
    private record MapRow(Map<String, String> values) implements io.journeymap.connector.common.rows.SourceRow {
        @Override
        public long line() {
            return 2;
        }

        @Override
        public String text(String column) {
            return values.get(column);
        }

        @Override
        public Object value(String column) {
            return values.get(column);
        }

        @Override
        public String raw() {
            return values.toString();
        }

        @Override
        public java.util.Optional<io.journeymap.api.event.Violation> malformed() {
            return java.util.Optional.empty();
        }
    }
}
