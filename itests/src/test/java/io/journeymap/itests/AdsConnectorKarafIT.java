package io.journeymap.itests;

import static io.journeymap.itests.KarafAssembly.WRITE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.json.EventJson;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ads connector in the running assembly: a landing page carrying {@code ?gclid=…} (and one with
 * {@code ?fbclid=…}) comes in through the tracking API; Google Ads click and conversion reports and
 * a Meta conversion export are then dropped into the connector's folder. The click and the
 * conversion join the visitor's timeline by click id, each exactly once, also when a report is
 * dropped again.
 */
class AdsConnectorKarafIT {

    private static final String GCLID = "Cj0KCQiA-NHLBhDSARIsAIhe9X2Mv3Jx_q0aBkWd1Dc7cJxHqQhB4fC0aAl6zEALw_wcB";
    private static final String FBCLID = "IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMs";

    @Test
    void aLandingPageWithAGclidAndTheDroppedReportsJoinOnOnePersonsTimelineExactlyOnce() throws Exception {
        Path runs = Paths.get(System.getProperty("journeymap.karaf.runs", "target/karaf-runs"));
        Path drop = runs.resolve("ads-drop-" + System.nanoTime()).toAbsolutePath();
        try (KarafAssembly karaf = KarafAssembly.fresh("ads-connector")) {
            karaf.setConfig("io.journeymap.connector.ads", Map.of("drop.dir", drop.toString(), "poll.interval.ms", "300",
                    "readlock.min.age.ms", "300", "google.ads.timezone", "America/New_York"));
            karaf.start();

            String url = "https://www.example.com/pricing?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale"
                    + "&utm_term=journey%20mapping&gclid=" + GCLID;
            HttpResponse<String> page = karaf.post("/v1/page", """
                    {"type":"page","anonymousId":"ads-visitor-1","messageId":"ajs-ads-page-1","name":"Pricing",
                     "properties":{"path":"/pricing","url":"%s"},
                     "context":{"page":{"path":"/pricing","referrer":"https://www.google.com/","url":"%s"}},
                     "timestamp":"2026-11-26T15:04:05.000Z"}""".formatted(url, url), WRITE_KEY);
            assertThat(page.statusCode()).isEqualTo(200);
            String metaUrl = "https://www.example.com/offer?utm_source=facebook&utm_medium=paid_social&fbclid=" + FBCLID;
            assertThat(karaf.post("/v1/page", """
                    {"type":"page","anonymousId":"ads-visitor-2","messageId":"ajs-ads-page-2","name":"Offer",
                     "properties":{"url":"%s"},"context":{"page":{"url":"%s"}},
                     "timestamp":"2026-11-26T18:00:00.000Z"}""".formatted(metaUrl, metaUrl), WRITE_KEY).statusCode())
                    .isEqualTo(200);
            awaitTotal(karaf, "anonymous_id", "ads-visitor-1", 1);
            awaitTotal(karaf, "anonymous_id", "ads-visitor-2", 1);
            KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> Files.isDirectory(drop), "the connector to create " + drop);

            dropFile(drop, "google-ads-clicks-2026-11-26.csv", """
                    click_view.gclid,segments.date,campaign.id,campaign.name,ad_group.id,ad_group.name,segments.click_type,segments.device
                    %s,2026-11-26,20512345678,Spring Sale - Search,151234567890,Journey mapping - exact,URL_CLICKS,MOBILE
                    """.formatted(GCLID));
            dropFile(drop, "google-ads-conversions-2026-11-27.csv", """
                    Parameters:TimeZone=America/New_York
                    Google Click ID,Conversion Name,Conversion Time,Conversion Value,Conversion Currency
                    %s,Qualified Lead,2026-11-27 14:03:00,120.50,USD
                    ,Qualified Lead,2026-11-27 15:00:00,10,USD
                    """.formatted(GCLID));
            dropFile(drop, "meta-conversions-2026-11-27.csv", """
                    email,phone,event_name,event_time,value,currency,order_id,fbc
                    ,,Purchase,1795777200,142.52,GBP,ORD-88213,fb.1.1795694400123.%s
                    """.formatted(FBCLID));

            awaitTotal(karaf, "anonymous_id", "ads-visitor-1", 3);
            awaitTotal(karaf, "anonymous_id", "ads-visitor-2", 2);
            List<JsonNode> visitor = timeline(karaf, "anonymous_id", "ads-visitor-1");
            assertThat(visitor).extracting(e -> e.path("event").asText(e.path("name").asText()))
                    .containsExactlyInAnyOrder("Pricing", "Ad Clicked", "Ad Conversion");
            JsonNode landing = byName(visitor, "Pricing");
            assertThat(landing.path("context").path("campaign").path("name").asText()).isEqualTo("spring_sale");
            assertThat(landing.path("context").path("campaign").path("medium").asText()).isEqualTo("cpc");
            JsonNode conversion = byName(visitor, "Ad Conversion");
            assertThat(conversion.path("properties").path("conversion_name").asText()).isEqualTo("Qualified Lead");
            assertThat(new java.math.BigDecimal(conversion.path("properties").path("value").asText())).isEqualByComparingTo("120.50");
            JsonNode click = byName(visitor, "Ad Clicked");
            assertThat(click.path("properties").path("campaign_name").asText()).isEqualTo("Spring Sale - Search");
            assertThat(click.path("context").path("channel").asText()).isEqualTo("ads");
            assertThat(conversion.path("timestamp").asText()).startsWith("2026-11-27T19:03");
            assertThat(timeline(karaf, "gclid", GCLID)).hasSize(3);
            assertThat(timeline(karaf, "anonymous_id", "ads-visitor-2")).extracting(e -> e.path("event").asText(
                    e.path("name").asText())).containsExactlyInAnyOrder("Offer", "Ad Conversion");
            assertThat(Files.readAllLines(drop.resolve(".errors").resolve("google-ads-conversions-2026-11-27.csv.errors.jsonl")))
                    .singleElement().satisfies(l -> assertThat(l).contains("\"line\":4", "\"rule\":\"required\""));

            // The same conversion report again: read, nothing stored twice.
            dropFile(drop, "google-ads-conversions-2026-11-27.csv", Files.readString(done(drop, "google-ads-conversions").get(0)));
            KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> done(drop, "google-ads-conversions").size() == 2,
                    "the re-dropped report in .done/");
            assertThat(karaf.log()).contains("google-ads-conversions-2026-11-27.csv (google-ads-conversions): 2 rows, 0 stored,"
                    + " 1 already stored, 1 dead-lettered");
            assertThat(total(karaf, "anonymous_id", "ads-visitor-1")).isEqualTo(3);
        }
    }

    private static JsonNode byName(List<JsonNode> events, String name) {
        return events.stream().filter(e -> name.equals(e.path("event").asText(e.path("name").asText()))).findFirst()
                .orElseThrow();
    }

    private static void dropFile(Path drop, String name, String content) throws IOException {
        Path tmp = drop.resolve("." + name + ".part");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, drop.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<Path> done(Path drop, String prefix) {
        try (Stream<Path> s = Files.list(drop.resolve(".done"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long total(KarafAssembly karaf, String type, String value) {
        try {
            HttpResponse<String> r = karaf.admin("/api/v1/identifiers/" + type + "/" + value + "/timeline?limit=1");
            return r.statusCode() == 200 ? EventJson.mapper().readTree(r.body()).path("total").asLong() : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private static void awaitTotal(KarafAssembly karaf, String type, String value, long expected) throws InterruptedException {
        KarafAssembly.awaitTrue(Duration.ofSeconds(60), () -> total(karaf, type, value) >= expected,
                expected + " event(s) on the timeline of " + type + " " + value);
        assertThat(total(karaf, type, value)).as("exactly %d on the timeline of %s", expected, value).isEqualTo(expected);
    }

    private static List<JsonNode> timeline(KarafAssembly karaf, String type, String value) throws Exception {
        JsonNode events = EventJson.mapper().readTree(karaf.admin("/api/v1/identifiers/" + type + "/" + value
                + "/timeline?limit=100").body()).path("events");
        List<JsonNode> out = new ArrayList<>();
        events.forEach(out::add);
        return out;
    }
}
