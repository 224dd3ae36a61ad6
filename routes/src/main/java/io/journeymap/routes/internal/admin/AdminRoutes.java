package io.journeymap.routes.internal.admin;

import io.journeymap.api.timeline.TimelineEntry;
import io.journeymap.api.identity.IdentityGraph;
import io.journeymap.api.identity.ProfileIdentity;
import io.journeymap.api.timeline.TimelineStore;
import io.journeymap.camel.HttpResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestParamType;

/**
 * The admin REST API, declared with Camel's REST DSL so that {@link OpenApiDocument} documents
 * every endpoint from these definitions: a new endpoint is documented by construction.
 */
public class AdminRoutes extends RouteBuilder {

    /** The REST DSL security scheme of every admin endpoint but the API document. */
    static final String ADMIN_AUTH = "adminBasic";
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final AdminAuthenticator auth;
    private final TimelineStore timelines;
    private final IdentityGraph identity;

    /**
     * @param auth      checks the admin credential
     * @param timelines the timelines to serve
     * @param identity  leads a merged-away profile id to the profile it is part of now
     */
    public AdminRoutes(AdminAuthenticator auth, TimelineStore timelines, IdentityGraph identity) {
        this.auth = auth;
        this.timelines = timelines;
        this.identity = identity;
    }

    @Override
    public void configure() {
        restConfiguration().component("platform-http");

        rest("/api/v1").description("journeymap admin API")
                .securityDefinitions().basicAuth(ADMIN_AUTH, "The admin credential (admin.user, admin.password)").end()
                .get("/profiles/{id}/timeline").id("admin-profiles-timeline")
                    .description("A profile's touchpoints, oldest first")
                    .produces("application/json")
                    .param().name("id").type(RestParamType.path).dataType("string").required(true)
                        .description("The profile id; one merged into another leads to that one").endParam()
                    .param().name("limit").type(RestParamType.query).dataType("integer").required(false)
                        .defaultValue(String.valueOf(DEFAULT_LIMIT))
                        .description("The most touchpoints to return, 1 to " + MAX_LIMIT).endParam()
                    .responseMessage().code(200).message("The timeline").endResponseMessage()
                    .responseMessage().code(400).message("A parameter broke its rule").endResponseMessage()
                    .responseMessage().code(401).message("Admin credentials missing or wrong").endResponseMessage()
                    .security(ADMIN_AUTH)
                    .to("direct:admin-profiles-timeline")
                .get("/openapi.json").id("admin-openapi-document")
                    .description("This API's OpenAPI 3 document, generated from the route definitions")
                    .produces("application/json")
                    .responseMessage().code(200).message("The OpenAPI document").endResponseMessage()
                    .to("direct:admin-openapi-document");

        from("direct:admin-profiles-timeline").routeId("admin-profiles-timeline-query")
                .process(auth)
                .to("direct:admin-profiles-timeline-render");
        from("direct:admin-profiles-timeline-render").routeId("admin-profiles-timeline-render")
                .process(this::timeline);

        from("direct:admin-openapi-document").routeId("admin-openapi-render")
                .process(e -> HttpResponses.json(e, 200, OpenApiDocument.render(e.getContext(), "journeymap admin API",
                        "0.1.0", "/api/v1")));
    }

    private void timeline(Exchange exchange) {
        String asked = exchange.getMessage().getHeader("id", String.class);
        String id = identity.profile(asked).map(ProfileIdentity::profileId).orElse(asked);
        String rawLimit = exchange.getMessage().getHeader("limit", String.class);
        int limit = DEFAULT_LIMIT;
        if (rawLimit != null) {
            try {
                limit = Integer.parseInt(rawLimit);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                HttpResponses.error(exchange, 400, "invalid_parameter", "limit must be an integer from 1 to " + MAX_LIMIT,
                        Map.of("errors", List.of(Map.of("field", "limit", "rule", "range:1-" + MAX_LIMIT))));
                return;
            }
        }
        List<TimelineEntry> entries = timelines.timeline(id, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("profileId", id);
        body.put("count", entries.size());
        body.put("total", timelines.count(id));
        body.put("events", entries.stream().map(TimelineEntry::event).toList());
        HttpResponses.json(exchange, 200, body);
    }
}
