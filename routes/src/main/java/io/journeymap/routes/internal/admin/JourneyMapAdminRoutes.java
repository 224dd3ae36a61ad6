package io.journeymap.routes.internal.admin;

import io.journeymap.api.journey.InfluenceLevel;
import io.journeymap.api.journey.JourneyMap;
import io.journeymap.api.journey.MapQuery;
import io.journeymap.api.journey.MapStatus;
import io.journeymap.api.store.StoreException;
import io.journeymap.camel.HttpResponses;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestDefinition;
import org.apache.camel.model.rest.RestParamType;

/**
 * The journey map in the admin API. Every question takes {@code from}, {@code to} (days, UTC,
 * default the 30 days up to the map's current day) and {@code segment} ({@code dimension=value},
 * default every journey); a bad parameter is a 400 naming it.
 */
public class JourneyMapAdminRoutes extends RouteBuilder {

    private final AdminAuthenticator auth;
    private final JourneyMap map;
    private final Clock clock;

    /**
     * @param auth  checks the admin credential
     * @param map   the journey map
     * @param clock what "today" is when the map has no events yet
     */
    public JourneyMapAdminRoutes(AdminAuthenticator auth, JourneyMap map, Clock clock) {
        this.auth = auth;
        this.map = map;
        this.clock = clock;
    }

    @Override
    public void configure() {
        RestDefinition rest = rest("/api/v1/map");
        ranged(rest.get().id("admin-map").description("Touchpoints, transitions between touchpoint types and channels"
                + " with median and p90 time between them, journeys started, converted, lost and dropped"), "direct:admin-map");
        ranged(rest.get("/paths").id("admin-map-paths").description("The most taken paths of journeys that ended in"
                + " the range, with their conversion rates"), "direct:admin-map-paths")
                .param().name("limit").type(RestParamType.query).dataType("integer").required(false).endParam();
        ranged(rest.get("/funnel").id("admin-map-funnel").description("Per stage: entered, progressed, converted,"
                + " lost, dropped, open, drop-off probability, median and p90 time stalled"), "direct:admin-map-funnel");
        ranged(rest.get("/entry-points").id("admin-map-entry-points").description("Where journeys start, against the"
                + " baseline before the range; unexpected ones first"), "direct:admin-map-entry-points")
                .param().name("baselineDays").type(RestParamType.query).dataType("integer").required(false).endParam();
        ranged(rest.get("/friction").id("admin-map-friction").description("Stages whose drop-off or stall time rose"
                + " significantly against the baseline before the range"), "direct:admin-map-friction")
                .param().name("baselineDays").type(RestParamType.query).dataType("integer").required(false).endParam();
        ranged(rest.get("/influence").id("admin-map-influence").description("Influence on conversion per channel or"
                + " touchpoint type: first touch, last touch, linear, time decay, position based, Markov removal effect"
                + " (first and higher order) and Shapley (channels)"), "direct:admin-map-influence")
                .param().name("level").type(RestParamType.query).dataType("string").required(false)
                    .allowableValues("channel", "touchpoint").endParam();
        rest.get("/changes").id("admin-map-changes").description("The feed of significant changes, oldest first")
                .produces("application/json")
                .param().name("after").type(RestParamType.query).dataType("integer").required(false).endParam()
                .param().name("limit").type(RestParamType.query).dataType("integer").required(false).endParam()
                .security(AdminRoutes.ADMIN_AUTH).to("direct:admin-map-changes");
        rest.post("/changes/detect").id("admin-map-detect").description("Compares the current window with its"
                        + " baseline now; returns the changes added to the feed")
                .produces("application/json").security(AdminRoutes.ADMIN_AUTH).to("direct:admin-map-detect");
        rest.get("/status").id("admin-map-status").description("How far the map has caught up with the timelines")
                .produces("application/json").security(AdminRoutes.ADMIN_AUTH).to("direct:admin-map-status");

        onException(StoreException.class).handled(true).process(e -> HttpResponses.error(e, 503, "unavailable",
                e.getProperty(Exchange.EXCEPTION_CAUGHT, StoreException.class).getMessage(), Map.of()));

        answer("direct:admin-map", "admin-map-query", (m, q) -> map.map(q));
        answer("direct:admin-map-paths", "admin-map-paths-query",
                (m, q) -> Map.of("paths", map.paths(q, number(m, "limit", 20, 1, 1000))));
        answer("direct:admin-map-funnel", "admin-map-funnel-query", (m, q) -> map.funnel(q));
        answer("direct:admin-map-entry-points", "admin-map-entry-points-query",
                (m, q) -> Map.of("entryPoints", map.entryPoints(q, number(m, "baselineDays", 28, 1, 366))));
        answer("direct:admin-map-friction", "admin-map-friction-query",
                (m, q) -> Map.of("friction", map.friction(q, number(m, "baselineDays", 28, 1, 366))));
        answer("direct:admin-map-influence", "admin-map-influence-query", (m, q) -> map.influence(q, level(m)));
        from("direct:admin-map-changes").routeId("admin-map-changes-query").process(auth).process(e -> respond(e,
                m -> Map.of("changes", map.changes(number(m, "after", 0, 0, Integer.MAX_VALUE), number(m, "limit", 100, 1, 1000)))));
        from("direct:admin-map-detect").routeId("admin-map-detect-command").process(auth)
                .process(e -> respond(e, m -> Map.of("added", map.detectChanges())));
        from("direct:admin-map-status").routeId("admin-map-status-query").process(auth)
                .process(e -> respond(e, m -> map.status()));
    }

    private RestDefinition ranged(RestDefinition verb, String to) {
        return verb.produces("application/json")
                .param().name("from").type(RestParamType.query).dataType("string").required(false)
                    .description("first day, YYYY-MM-DD").endParam()
                .param().name("to").type(RestParamType.query).dataType("string").required(false)
                    .description("last day, YYYY-MM-DD").endParam()
                .param().name("segment").type(RestParamType.query).dataType("string").required(false)
                    .description("dimension=value").endParam()
                .responseMessage().code(200).message("The answer").endResponseMessage()
                .responseMessage().code(400).message("A parameter breaks a rule; it is named").endResponseMessage()
                .responseMessage().code(401).message("Admin credentials missing or wrong").endResponseMessage()
                .security(AdminRoutes.ADMIN_AUTH).to(to);
    }

    private interface Question {
        Object ask(Message m, MapQuery q);
    }

    private void answer(String from, String routeId, Question question) {
        from(from).routeId(routeId).process(auth).process(e -> respond(e, m -> question.ask(m, query(m))));
    }

    private static void respond(Exchange e, Function<Message, Object> answer) {
        try {
            HttpResponses.json(e, 200, answer.apply(e.getMessage()));
        } catch (IllegalArgumentException ex) {
            AdminErrors.ruleBroken(e, ex);
        }
    }

    private MapQuery query(Message m) {
        return MapQuery.parse(m.getHeader("from", String.class), m.getHeader("to", String.class),
                m.getHeader("segment", String.class), today());
    }

    /** The map's own day: its watermark, so a replay of old events is queried where it lies. */
    private LocalDate today() {
        MapStatus status = map.status();
        return (status.watermark() == null ? clock.instant() : status.watermark()).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static InfluenceLevel level(Message m) {
        String level = m.getHeader("level", String.class);
        if (level == null || level.isBlank()) {
            return InfluenceLevel.CHANNEL;
        }
        return switch (level.toLowerCase(Locale.ROOT)) {
            case "channel" -> InfluenceLevel.CHANNEL;
            case "touchpoint", "type" -> InfluenceLevel.TOUCHPOINT;
            default -> throw new IllegalArgumentException("level: must be channel or touchpoint");
        };
    }

    private static int number(Message m, String name, int fallback, int min, int max) {
        String text = m.getHeader(name, String.class);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.trim());
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + ": must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": must be a whole number");
        }
    }
}
