package io.journeymap.routes.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.identity.IdentityGraph;
import io.journeymap.api.identity.ProfileIdentity;
import io.journeymap.api.json.EventJson;
import io.journeymap.api.scoring.ModelRegistry;
import io.journeymap.api.scoring.ScoreKind;
import io.journeymap.api.scoring.Scorer;
import io.journeymap.camel.HttpResponses;
import io.journeymap.routes.internal.scoring.ScoringServices;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestParamType;

/**
 * The scores and the model registry over REST: a person's scores, the versions of every model, and
 * promote, shadow and rollback. Answers 503 while the scoring feature is not installed.
 */
public class ScoringAdminRoutes extends RouteBuilder {

    private static final int MAX_TEXTS = 100;

    private final AdminAuthenticator auth;
    private final ScoringServices scoring;
    private final IdentityGraph identity;

    /**
     * @param auth     checks the admin credential
     * @param scoring  the scoring feature's services, while it is installed
     * @param identity leads a merged-away profile id to the profile it is part of now
     */
    public ScoringAdminRoutes(AdminAuthenticator auth, ScoringServices scoring, IdentityGraph identity) {
        this.auth = auth;
        this.scoring = scoring;
        this.identity = identity;
    }

    @Override
    public void configure() {
        rest("/api/v1")
                .get("/profiles/{id}/scores").id("admin-profiles-scores")
                    .description("A person's scores, newest touchpoint first, each with the model version that gave it")
                    .produces("application/json")
                    .param().name("id").type(RestParamType.path).dataType("string").required(true).endParam()
                    .param().name("kind").type(RestParamType.query).dataType("string").required(false)
                        .description("sentiment, propensity or drop-off").endParam()
                    .param().name("limit").type(RestParamType.query).dataType("integer").required(false).endParam()
                    .responseMessage().code(200).message("The scores").endResponseMessage()
                    .responseMessage().code(400).message("A parameter breaks a rule; it is named").endResponseMessage()
                    .responseMessage().code(503).message("The scoring feature is not installed").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH).to("direct:admin-profiles-scores")
                .get("/models").id("admin-models")
                    .description("Every model's versions with their status, held-out metrics, training data and features")
                    .produces("application/json")
                    .responseMessage().code(200).message("The versions").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH).to("direct:admin-models")
                .post("/models/{model}/versions/{version}/promote").id("admin-models-promote")
                    .description("Serve this version; the one serving is retired").produces("application/json")
                    .param().name("model").type(RestParamType.path).dataType("string").required(true).endParam()
                    .param().name("version").type(RestParamType.path).dataType("integer").required(true).endParam()
                    .responseMessage().code(200).message("The version as it stands").endResponseMessage()
                    .responseMessage().code(400).message("No such model or version").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH).to("direct:admin-models-promote")
                .post("/models/{model}/versions/{version}/shadow").id("admin-models-shadow")
                    .description("Score with this version beside the serving one, without serving it")
                    .produces("application/json")
                    .param().name("model").type(RestParamType.path).dataType("string").required(true).endParam()
                    .param().name("version").type(RestParamType.path).dataType("integer").required(true).endParam()
                    .security(AdminRoutes.ADMIN_AUTH).to("direct:admin-models-shadow")
                .post("/models/{model}/rollback").id("admin-models-rollback")
                    .description("Serve again the version that served before").produces("application/json")
                    .param().name("model").type(RestParamType.path).dataType("string").required(true).endParam()
                    .security(AdminRoutes.ADMIN_AUTH).to("direct:admin-models-rollback")
                .post("/sentiment").id("admin-sentiment")
                    .description("Scores texts with the serving sentiment model; nothing is stored")
                    .consumes("application/json").produces("application/json")
                    .responseMessage().code(200).message("One score in [-1, 1] per text").endResponseMessage()
                    .responseMessage().code(400).message("The body breaks a rule; it is named").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH).to("direct:admin-sentiment");

        from("direct:admin-profiles-scores").routeId("admin-profiles-scores-query").process(auth).process(this::scores);
        from("direct:admin-models").routeId("admin-models-list").process(auth)
                .process(e -> withRegistry(e, r -> HttpResponses.json(e, 200, Map.of("versions", r.versions()))));
        from("direct:admin-models-promote").routeId("admin-models-promote").process(auth)
                .process(e -> change(e, (r, model, version) -> r.promote(model, version)));
        from("direct:admin-models-shadow").routeId("admin-models-shadow").process(auth)
                .process(e -> change(e, (r, model, version) -> r.shadow(model, version)));
        from("direct:admin-models-rollback").routeId("admin-models-rollback").process(auth)
                .process(e -> withRegistry(e, r -> {
                    try {
                        HttpResponses.json(e, 200, r.rollback(e.getMessage().getHeader("model", String.class)));
                    } catch (IllegalArgumentException refused) {
                        AdminErrors.invalidParameter(e, "model", "has-earlier-serving-version");
                    }
                }));
        from("direct:admin-sentiment").routeId("admin-sentiment-score").process(auth).process(this::sentiment);
    }

    private void scores(Exchange e) {
        Optional<Scorer> scorer = scoring.scorer();
        if (scorer.isEmpty()) {
            notInstalled(e);
            return;
        }
        String asked = e.getMessage().getHeader("id", String.class);
        String id = identity.profile(asked).map(ProfileIdentity::profileId).orElse(asked);
        String rawKind = e.getMessage().getHeader("kind", String.class);
        ScoreKind kind = null;
        if (rawKind != null) {
            kind = ScoreKind.fromWireName(rawKind).orElse(null);
            if (kind == null) {
                AdminErrors.invalidParameter(e, "kind", "one-of:sentiment,propensity,drop-off");
                return;
            }
        }
        int limit = intHeader(e, "limit", AdminRoutes.DEFAULT_LIMIT);
        if (limit < 1 || limit > AdminRoutes.MAX_LIMIT) {
            AdminErrors.invalidParameter(e, "limit", "range:1-" + AdminRoutes.MAX_LIMIT);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("profileId", id);
        body.put("scores", scorer.get().scores(id, kind, limit));
        HttpResponses.json(e, 200, body);
    }

    private void sentiment(Exchange e) {
        Optional<Scorer> scorer = scoring.scorer();
        if (scorer.isEmpty()) {
            notInstalled(e);
            return;
        }
        List<String> texts = new ArrayList<>();
        try {
            JsonNode json = EventJson.mapper().readTree(e.getMessage().getBody(byte[].class));
            JsonNode list = json == null ? null : json.path("texts");
            if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_TEXTS) {
                AdminErrors.invalidParameter(e, "texts", "array:1-" + MAX_TEXTS);
                return;
            }
            for (JsonNode t : list) {
                if (!t.isTextual()) {
                    AdminErrors.invalidParameter(e, "texts[]", "type:string");
                    return;
                }
                texts.add(t.asText());
            }
        } catch (IOException invalid) {
            AdminErrors.invalidParameter(e, "body", "json");
            return;
        }
        try {
            HttpResponses.json(e, 200, Map.of("scores", scorer.get().sentiment(texts)));
        } catch (IllegalStateException none) {
            HttpResponses.error(e, 503, "no_model", none.getMessage(), Map.of());
        }
    }

    @FunctionalInterface
    private interface Change {
        Object apply(ModelRegistry registry, String model, int version);
    }

    private void change(Exchange e, Change change) {
        withRegistry(e, r -> {
            String model = e.getMessage().getHeader("model", String.class);
            int version = intHeader(e, "version", -1);
            if (version < 1) {
                AdminErrors.invalidParameter(e, "version", "integer:>=1");
                return;
            }
            try {
                HttpResponses.json(e, 200, change.apply(r, model, version));
            } catch (IllegalArgumentException refused) {
                AdminErrors.invalidParameter(e, "version", "exists");
            }
        });
    }

    private void withRegistry(Exchange e, java.util.function.Consumer<ModelRegistry> work) {
        Optional<ModelRegistry> registry = scoring.registry();
        if (registry.isEmpty()) {
            notInstalled(e);
        } else {
            work.accept(registry.get());
        }
    }

    private static int intHeader(Exchange e, String name, int otherwise) {
        String raw = e.getMessage().getHeader(name, String.class);
        if (raw == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException invalid) {
            return -1;
        }
    }

    private static void notInstalled(Exchange e) {
        HttpResponses.error(e, 503, "not_installed", "the scoring feature is not installed (journeymap-scoring)", Map.of());
        e.getMessage().setHeader("Retry-After", "60");
    }
}
