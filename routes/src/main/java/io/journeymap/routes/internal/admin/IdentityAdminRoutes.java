package io.journeymap.routes.internal.admin;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.identity.IdentityGraph;
import io.journeymap.api.identity.ProfileIdentity;
import io.journeymap.camel.HttpResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestParamType;

/**
 * The identity graph in the admin API: look a person up by any identifier, see a profile's
 * identifiers and merge history, and undo a wrong merge.
 */
public class IdentityAdminRoutes extends RouteBuilder {

    private final AdminAuthenticator auth;
    private final IdentityGraph identity;

    /**
     * @param auth     checks the admin credential
     * @param identity the identity graph
     */
    public IdentityAdminRoutes(AdminAuthenticator auth, IdentityGraph identity) {
        this.auth = auth;
        this.identity = identity;
    }

    @Override
    public void configure() {
        rest("/api/v1")
                .get("/identifiers/{type}/{value}/profile").id("admin-identifier-profile")
                    .description("The profile that holds an identifier (normalised first), with its identifiers")
                    .produces("application/json")
                    .param().name("type").type(RestParamType.path).dataType("string").required(true)
                        .description("An identifier type: user_id, email, phone, anonymous_id, ...").endParam()
                    .param().name("value").type(RestParamType.path).dataType("string").required(true)
                        .description("The identifier as a source would send it").endParam()
                    .responseMessage().code(200).message("The profile").endResponseMessage()
                    .responseMessage().code(400).message("Unknown identifier type").endResponseMessage()
                    .responseMessage().code(404).message("No profile holds the identifier").endResponseMessage()
                    .responseMessage().code(401).message("Admin credentials missing or wrong").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH)
                    .to("direct:admin-identifier-profile")
                .get("/identifiers/{type}/{value}/timeline").id("admin-identifier-timeline")
                    .description("The timeline of the person who holds an identifier, oldest first")
                    .produces("application/json")
                    .param().name("type").type(RestParamType.path).dataType("string").required(true).endParam()
                    .param().name("value").type(RestParamType.path).dataType("string").required(true).endParam()
                    .param().name("limit").type(RestParamType.query).dataType("integer").required(false).endParam()
                    .responseMessage().code(200).message("The timeline").endResponseMessage()
                    .responseMessage().code(404).message("No profile holds the identifier").endResponseMessage()
                    .responseMessage().code(401).message("Admin credentials missing or wrong").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH)
                    .to("direct:admin-identifier-timeline")
                .get("/profiles/{id}").id("admin-profile")
                    .description("A profile's identifiers and merge history (merges, refusals, unmerges)")
                    .produces("application/json")
                    .param().name("id").type(RestParamType.path).dataType("string").required(true).endParam()
                    .responseMessage().code(200).message("The profile").endResponseMessage()
                    .responseMessage().code(404).message("No such profile").endResponseMessage()
                    .responseMessage().code(401).message("Admin credentials missing or wrong").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH)
                    .to("direct:admin-profile")
                .post("/profiles/{id}/unmerge").id("admin-profile-unmerge")
                    .description("Undoes one merge into this profile: identifiers and events go back to the person"
                            + " they came from, and the two are never merged again automatically")
                    .produces("application/json")
                    .param().name("id").type(RestParamType.path).dataType("string").required(true).endParam()
                    .param().name("mergeEntryId").type(RestParamType.query).dataType("integer").required(true)
                        .description("The entryId of the MERGED entry in the profile's merge history").endParam()
                    .responseMessage().code(200).message("The two profiles after the split").endResponseMessage()
                    .responseMessage().code(400).message("The entry is not a merge into this profile").endResponseMessage()
                    .responseMessage().code(401).message("Admin credentials missing or wrong").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH)
                    .to("direct:admin-profile-unmerge")
                .post("/identity/match").id("admin-identity-match")
                    .description("Runs probabilistic matching over the profiles' person attributes: likely pairs"
                            + " go to the review queue (or merge, when matching.auto.merge is on)")
                    .produces("application/json")
                    .responseMessage().code(200).message("What the run did").endResponseMessage()
                    .responseMessage().code(401).message("Admin credentials missing or wrong").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH)
                    .to("direct:admin-identity-match")
                .get("/identity/reviews").id("admin-identity-reviews")
                    .description("Pending pairs of profiles that are likely one person, most likely first")
                    .produces("application/json")
                    .responseMessage().code(200).message("The review queue").endResponseMessage()
                    .responseMessage().code(401).message("Admin credentials missing or wrong").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH)
                    .to("direct:admin-identity-reviews")
                .post("/identity/reviews/{reviewId}/{decision}").id("admin-identity-review-decide")
                    .description("accept merges the pair (within the limits); reject keeps them apart for good")
                    .produces("application/json")
                    .param().name("reviewId").type(RestParamType.path).dataType("integer").required(true).endParam()
                    .param().name("decision").type(RestParamType.path).dataType("string").required(true)
                        .allowableValues("accept", "reject").endParam()
                    .responseMessage().code(200).message("The decided item").endResponseMessage()
                    .responseMessage().code(400).message("Not pending, or the merge would break a rule").endResponseMessage()
                    .responseMessage().code(401).message("Admin credentials missing or wrong").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH)
                    .to("direct:admin-identity-review-decide");

        from("direct:admin-identifier-profile").routeId("admin-identifier-profile-query")
                .process(auth).process(e -> lookup(e).ifPresent(p -> HttpResponses.json(e, 200, p)));
        from("direct:admin-identifier-timeline").routeId("admin-identifier-timeline-query")
                .process(auth)
                .process(e -> lookup(e).ifPresentOrElse(p -> e.getMessage().setHeader("id", p.profileId()),
                        () -> e.setRouteStop(true)))
                .to("direct:admin-profiles-timeline-render");
        from("direct:admin-profile").routeId("admin-profile-query")
                .process(auth).process(this::profile);
        from("direct:admin-profile-unmerge").routeId("admin-profile-unmerge-command")
                .process(auth).process(this::unmerge);
        from("direct:admin-identity-match").routeId("admin-identity-match-run")
                .process(auth).process(e -> HttpResponses.json(e, 200, identity.matchProfiles()));
        from("direct:admin-identity-reviews").routeId("admin-identity-reviews-query")
                .process(auth).process(e -> HttpResponses.json(e, 200, Map.of("reviews", identity.reviewQueue())));
        from("direct:admin-identity-review-decide").routeId("admin-identity-review-decision")
                .process(auth).process(this::decide);
    }

    /** Answers 400 or 404 itself when there is no profile to show. */
    private Optional<ProfileIdentity> lookup(Exchange exchange) {
        String typeName = exchange.getMessage().getHeader("type", String.class);
        Optional<IdentifierType> type = IdentifierType.fromWireName(typeName);
        if (type.isEmpty()) {
            HttpResponses.error(exchange, 400, "invalid_parameter", "unknown identifier type",
                    Map.of("errors", List.of(Map.of("field", "type", "rule", "enum:identifier-type"))));
            return Optional.empty();
        }
        Optional<ProfileIdentity> found = identity.lookup(
                Identifier.of(type.get(), exchange.getMessage().getHeader("value", String.class)));
        if (found.isEmpty()) {
            HttpResponses.error(exchange, 404, "not_found", "no profile holds this identifier", Map.of());
        }
        return found;
    }

    private void profile(Exchange exchange) {
        String id = exchange.getMessage().getHeader("id", String.class);
        identity.profile(id).ifPresentOrElse(p -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("profileId", p.profileId());
            body.put("createdAt", p.createdAt());
            body.put("identifiers", p.identifiers());
            body.put("mergeLog", identity.mergeLog(p.profileId()));
            HttpResponses.json(exchange, 200, body);
        }, () -> HttpResponses.error(exchange, 404, "not_found", "no such profile", Map.of()));
    }

    private void decide(Exchange exchange) {
        String decision = exchange.getMessage().getHeader("decision", String.class);
        if (!"accept".equals(decision) && !"reject".equals(decision)) {
            AdminErrors.invalidParameter(exchange, "decision", "enum:accept,reject");
            return;
        }
        long reviewId;
        try {
            reviewId = Long.parseLong(exchange.getMessage().getHeader("reviewId", String.class));
        } catch (NumberFormatException e) {
            AdminErrors.invalidParameter(exchange, "reviewId", "type:integer");
            return;
        }
        try {
            HttpResponses.json(exchange, 200, identity.decideReview(reviewId, "accept".equals(decision)));
        } catch (IllegalArgumentException e) {
            AdminErrors.ruleBroken(exchange, e);
        }
    }

    private void unmerge(Exchange exchange) {
        String id = exchange.getMessage().getHeader("id", String.class);
        long entryId;
        try {
            entryId = Long.parseLong(String.valueOf(exchange.getMessage().getHeader("mergeEntryId")));
        } catch (NumberFormatException e) {
            AdminErrors.invalidParameter(exchange, "mergeEntryId", "type:integer");
            return;
        }
        try {
            HttpResponses.json(exchange, 200, identity.unmerge(id, entryId));
        } catch (IllegalArgumentException e) {
            AdminErrors.ruleBroken(exchange, e);
        }
    }
}
