package io.journeymap.itests;

import static io.journeymap.itests.KarafAssembly.WRITE_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeymap.api.json.EventJson;
import io.journeymap.journey.simulation.JourneySimulator;
import io.journeymap.journey.simulation.Scenarios;
import io.journeymap.journey.simulation.SimulatedJourney;
import io.journeymap.journey.simulation.SimulatedTouch;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The living journey map in the real assembly, fed through the tracking API with journeys of
 * known ground truth from the simulator: two populations told apart by their utm campaign, one
 * steady, one where the probability of a chat after the pricing page doubles in the last week.
 * The map, funnel and influence endpoints show the events; change detection finds the shift in
 * the shifted population and nothing in the steady one.
 */
class JourneyMapKarafIT {

    /**
     * Fixed dates, so that day buckets (and so the test's outcome) do not depend on when it runs.
     * Four months of history: journeys last weeks, so the first two months are a warm-up in which
     * the mix of journeys still grows; every window compared lies after it.
     */
    private static final Instant START = Instant.parse("2025-10-14T00:00:00Z");
    private static final Instant END = Instant.parse("2026-02-11T06:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-02-11");
    private static final LocalDate SHIFT_FROM = TODAY.minusDays(6);
    private static final int CUSTOMERS = 18_000;

    private static KarafAssembly karaf;
    private static long posted;

    @BeforeAll
    static void boot() throws Exception {
        karaf = KarafAssembly.fresh("journey-map");
        karaf.setConfig("io.journeymap.journey.map", Map.of(
                "map.segment.campaign", "context.campaign.name",
                "map.changes.segments", "campaign=steady, campaign=shifted",
                "map.changes.interval.minutes", "0"));
        karaf.start();
        JourneySimulator steady = new JourneySimulator(Scenarios.saasTrial(START, 120));
        JourneySimulator shifted = new JourneySimulator(Scenarios.saasTrial(START, 120))
                .withShift("web:pricing", "support:chat", 2.0, SHIFT_FROM.atStartOfDay().toInstant(ZoneOffset.UTC));
        post("steady", steady.simulate(CUSTOMERS, 11).iterator());
        post("shifted", shifted.simulate(CUSTOMERS, 12).iterator());
        KarafAssembly.awaitTrue(Duration.ofSeconds(240), () -> {
            JsonNode s = status();
            return s.path("latest").asLong() > 0 && s.path("checkpoint").asLong() == s.path("latest").asLong();
        }, "the map to fold every timeline row");
    }

    @AfterAll
    static void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    void eventsPostedThroughTheTrackingApiShowUpInTheMapFunnelAndInfluence() throws Exception {
        String range = "from=2025-10-14&to=2026-02-11";
        JsonNode map = get("/api/v1/map?" + range);
        assertThat(map.path("journeysStarted").asLong()).isGreaterThan(CUSTOMERS);
        assertThat(map.path("conversions").asLong()).isGreaterThan(CUSTOMERS / 50);
        long touchpoints = 0;
        for (JsonNode n : map.path("touchpoints")) {
            touchpoints += n.asLong();
        }
        assertThat(touchpoints).isEqualTo(posted);
        assertThat(map.path("touchpoints").has("web:pricing")).isTrue();
        assertThat(map.path("transitions").toString()).contains("\"from\":\"web:pricing\",\"to\":\"support:chat\"");

        JsonNode funnel = get("/api/v1/map/funnel?" + range + "&segment=campaign=steady");
        assertThat(funnel.path("stages").get(0).path("stage").asText()).isEqualTo("awareness");
        assertThat(funnel.path("stages").get(0).path("entered").asLong()).isGreaterThan(CUSTOMERS / 2);

        JsonNode influence = get("/api/v1/map/influence?" + range + "&level=channel");
        List<String> channels = new ArrayList<>();
        influence.path("rows").forEach(r -> channels.add(r.path("name").asText()));
        assertThat(channels).contains("ads", "web", "email", "support", "crm");
        double shapley = 0;
        for (JsonNode r : influence.path("rows")) {
            shapley += r.path("shares").path("shapley").asDouble();
        }
        assertThat(shapley).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));

        assertThat(get("/api/v1/map/paths?" + range + "&limit=5").path("paths")).hasSize(5);
        assertThat(karaf.admin("/api/v1/map?from=2026-02-30").statusCode()).isEqualTo(400);
        assertThat(karaf.shell("journeymap:funnel --from 2025-10-14 --segment campaign=shifted")).contains("consideration");
    }

    @Test
    void aDoubledTransitionAppearsInTheChangesFeedAndTheSteadyStreamShowsNone() throws Exception {
        HttpResponse<String> detected = karaf.adminPost("/api/v1/map/changes/detect");
        assertThat(detected.statusCode()).isEqualTo(200);
        JsonNode changes = get("/api/v1/map/changes?after=0&limit=1000").path("changes");
        List<JsonNode> all = StreamSupport.stream(changes.spliterator(), false).toList();

        assertThat(all).filteredOn(c -> c.path("segment").asText().equals("campaign=steady")).isEmpty();
        assertThat(all).anySatisfy(c -> {
            assertThat(c.path("segment").asText()).isEqualTo("campaign=shifted");
            assertThat(c.path("metric").asText()).isEqualTo("transition_probability");
            assertThat(c.path("subject").asText()).isEqualTo("web:pricing -> support:chat");
            assertThat(c.path("current").asDouble()).isGreaterThan(c.path("baseline").asDouble());
            assertThat(c.path("qValue").asDouble()).isLessThanOrEqualTo(0.05);
            assertThat(c.path("currentFrom").asText()).isEqualTo(SHIFT_FROM.toString());
        });
        // detection again finds nothing new: each change is reported once
        assertThat(EventJson.mapper().readTree(karaf.adminPost("/api/v1/map/changes/detect").body()).path("added")).isEmpty();
        assertThat(karaf.shell("journeymap:changes")).contains("web:pricing -> support:chat");
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = karaf.admin(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return EventJson.mapper().readTree(r.body());
    }

    private static JsonNode status() {
        try {
            return EventJson.mapper().readTree(karaf.admin("/api/v1/map/status").body());
        } catch (Exception e) {
            return EventJson.mapper().createObjectNode();
        }
    }

    /** Posts the journeys as Segment events, in batches, as a tracking SDK would. */
    private static void post(String campaign, java.util.Iterator<SimulatedJourney> journeys) throws Exception {
        ArrayNode batch = EventJson.mapper().createArrayNode();
        while (journeys.hasNext()) {
            SimulatedJourney j = journeys.next();
            String user = campaign + "-" + j.customer();
            int i = 0;
            for (SimulatedTouch t : j.touches()) {
                if (t.time().isAfter(END)) {
                    break;
                }
                batch.add(event(campaign, user, user + "-" + i++, t.type(), t.time()));
            }
            if (j.converted() && !j.conversionTime().isAfter(END)) {
                batch.add(event(campaign, user, user + "-conversion", "conversion", j.conversionTime()));
            }
            if (batch.size() >= 500) {
                send(batch);
                batch = EventJson.mapper().createArrayNode();
            }
        }
        send(batch);
    }

    private static void send(ArrayNode batch) throws Exception {
        if (batch.isEmpty()) {
            return;
        }
        ObjectNode body = EventJson.mapper().createObjectNode();
        body.set("batch", batch);
        HttpResponse<String> r = karaf.post("/v1/batch", EventJson.mapper().writeValueAsString(body), WRITE_KEY);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        posted += batch.size();
    }

    /** The events a site, an email platform, a help desk and a CRM send for each simulated touchpoint. */
    private static ObjectNode event(String campaign, String user, String messageId, String type, Instant at) {
        ObjectNode e = EventJson.mapper().createObjectNode();
        e.put("userId", user).put("messageId", messageId).put("timestamp", at.toString());
        ObjectNode context = e.putObject("context");
        context.putObject("campaign").put("name", campaign);
        switch (type) {
            case "ads:search_click" -> page(e, context, "/landing", "?gclid=abc");
            case "ads:social_click" -> page(e, context, "/landing", "?fbclid=abc");
            case "web:landing" -> page(e, context, "/", "");
            case "web:docs" -> page(e, context, "/docs/start", "");
            case "web:pricing" -> page(e, context, "/pricing", "");
            default -> e.put("type", "track").put("event", switch (type) {
                case "ads:display_view" -> "Ad Clicked";
                case "web:signup" -> "Signed Up";
                case "email:open" -> "Email Opened";
                case "email:click" -> "Email Link Clicked";
                case "support:chat" -> "Conversation Started";
                case "support:ticket" -> "Ticket Created";
                case "crm:meeting" -> "Meeting Logged";
                case "crm:opportunity_created" -> "Opportunity Created";
                case "conversion" -> "Order Completed";
                default -> throw new IllegalArgumentException(type);
            });
        }
        return e;
    }

    private static void page(ObjectNode e, ObjectNode context, String path, String query) {
        e.put("type", "page");
        context.putObject("page").put("path", path).put("url", "https://example.com" + path + query);
    }
}
