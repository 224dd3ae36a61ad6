package io.journeymap.routes.internal.admin;

import io.journeymap.api.store.StoreException;
import io.journeymap.api.consent.AuditQuery;
import io.journeymap.api.consent.ConsentRecord;
import io.journeymap.api.consent.ConsentService;
import io.journeymap.api.consent.EnforcementPoint;
import io.journeymap.api.consent.PurposeState;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.Violation;
import io.journeymap.api.privacy.PrivacyRequests;
import io.journeymap.camel.HttpResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestParamType;

/**
 * Consent and privacy in the admin API: a consent-management platform posts changes; an admin
 * reads a person's consent and history and queries the enforcement audit log; data-subject
 * requests export or erase a person. Identifiers travel in POST bodies for the privacy requests,
 * so they stay out of URLs and access logs.
 */
public class ConsentAdminRoutes extends RouteBuilder {

    private final AdminAuthenticator auth;
    private final ConsentService consent;
    private final PrivacyRequests privacy;

    /**
     * @param auth    checks the admin credential
     * @param consent the consent service
     * @param privacy data-subject requests
     */
    public ConsentAdminRoutes(AdminAuthenticator auth, ConsentService consent, PrivacyRequests privacy) {
        this.auth = auth;
        this.consent = consent;
        this.privacy = privacy;
    }

    @Override
    public void configure() {
        rest("/api/v1")
                .post("/consent").id("admin-consent-record")
                    .description("A consent-management platform records consent changes for the person holding the"
                            + " identifiers: {identifiers:[{type,value}], source, region, changes:[{purpose, action"
                            + " (granted|denied|revoked), timestamp, legalBasis, evidence}]}. Idempotent.")
                    .consumes("application/json").produces("application/json")
                    .responseMessage().code(201).message("The ledger entries").endResponseMessage()
                    .responseMessage().code(400).message("The body breaks a rule; each is named").endResponseMessage()
                    .responseMessage().code(401).message("Admin credentials missing or wrong").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH)
                    .to("direct:admin-consent-record")
                .get("/identifiers/{type}/{value}/consent").id("admin-identifier-consent")
                    .description("The person's consent per purpose (with the deciding ledger entry or regional"
                            + " default) and the full ledger history")
                    .produces("application/json")
                    .param().name("type").type(RestParamType.path).dataType("string").required(true).endParam()
                    .param().name("value").type(RestParamType.path).dataType("string").required(true).endParam()
                    .responseMessage().code(200).message("State and history").endResponseMessage()
                    .responseMessage().code(400).message("Unknown identifier type or invalid value").endResponseMessage()
                    .responseMessage().code(401).message("Admin credentials missing or wrong").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH)
                    .to("direct:admin-identifier-consent")
                .get("/consent/audit").id("admin-consent-audit")
                    .description("Enforcement decisions, newest first: everything withheld at ingest, every scoring"
                            + " and activation check")
                    .produces("application/json")
                    .param().name("point").type(RestParamType.query).dataType("string").required(false)
                        .allowableValues("INGEST", "SCORING", "ACTIVATION").endParam()
                    .param().name("purpose").type(RestParamType.query).dataType("string").required(false).endParam()
                    .param().name("profileId").type(RestParamType.query).dataType("string").required(false).endParam()
                    .param().name("identifierType").type(RestParamType.query).dataType("string").required(false).endParam()
                    .param().name("identifierValue").type(RestParamType.query).dataType("string").required(false).endParam()
                    .param().name("permitted").type(RestParamType.query).dataType("boolean").required(false).endParam()
                    .param().name("limit").type(RestParamType.query).dataType("integer").required(false).endParam()
                    .responseMessage().code(200).message("Audit entries").endResponseMessage()
                    .responseMessage().code(400).message("A parameter breaks a rule").endResponseMessage()
                    .responseMessage().code(401).message("Admin credentials missing or wrong").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH)
                    .to("direct:admin-consent-audit")
                .post("/privacy/export").id("admin-privacy-export")
                    .description("Everything held about the person who holds the identifier, as one JSON document:"
                            + " {identifier:{type,value}}")
                    .consumes("application/json").produces("application/json")
                    .responseMessage().code(200).message("The export").endResponseMessage()
                    .responseMessage().code(400).message("The body breaks a rule").endResponseMessage()
                    .responseMessage().code(401).message("Admin credentials missing or wrong").endResponseMessage()
                    .responseMessage().code(503).message("A personal-data store is not running").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH)
                    .to("direct:admin-privacy-export")
                .post("/privacy/erase").id("admin-privacy-erase")
                    .description("Erases the person who holds the identifier from every store: {identifier:{type,value},"
                            + " suppress:false}. With suppress, their identifiers are dropped at ingest from now on.")
                    .consumes("application/json").produces("application/json")
                    .responseMessage().code(200).message("What was erased (no identifiers)").endResponseMessage()
                    .responseMessage().code(400).message("The body breaks a rule").endResponseMessage()
                    .responseMessage().code(401).message("Admin credentials missing or wrong").endResponseMessage()
                    .responseMessage().code(503).message("A personal-data store is not running").endResponseMessage()
                    .security(AdminRoutes.ADMIN_AUTH)
                    .to("direct:admin-privacy-erase");

        // the store is down or refused a value: a 503 the caller may retry, never a stack trace
        onException(StoreException.class).handled(true).process(e -> HttpResponses.error(e, 503, "unavailable",
                e.getProperty(Exchange.EXCEPTION_CAUGHT, StoreException.class).getMessage(), Map.of()));

        from("direct:admin-consent-record").routeId("admin-consent-record-command")
                .process(auth).process(this::record);
        from("direct:admin-identifier-consent").routeId("admin-identifier-consent-query")
                .process(auth).process(this::state);
        from("direct:admin-consent-audit").routeId("admin-consent-audit-query")
                .process(auth).process(this::audit);
        from("direct:admin-privacy-export").routeId("admin-privacy-export-command")
                .process(auth).process(e -> privacyRequest(e, false));
        from("direct:admin-privacy-erase").routeId("admin-privacy-erase-command")
                .process(auth).process(e -> privacyRequest(e, true));
    }

    private void record(Exchange exchange) {
        ConsentRequests.Parsed<ConsentRequests.ConsentPost> post = ConsentRequests.consent(
                exchange.getMessage().getBody(byte[].class));
        if (!post.ok()) {
            AdminErrors.invalidRequest(exchange, post.violations());
            return;
        }
        try {
            List<ConsentRecord> recorded = consent.record(post.value().identifiers(), post.value().changes(),
                    post.value().region());
            HttpResponses.json(exchange, 201, Map.of("recorded", recorded.stream().map(ConsentAdminRoutes::entry).toList()));
        } catch (IllegalArgumentException e) {
            AdminErrors.ruleBroken(exchange, e);
        }
    }

    private void state(Exchange exchange) {
        Optional<Identifier> id = identifier(exchange, exchange.getMessage().getHeader("type", String.class),
                exchange.getMessage().getHeader("value", String.class), "type");
        if (id.isEmpty()) {
            return;
        }
        try {
            Map<String, PurposeState> state = consent.state(id.get());
            Map<String, Object> purposes = new LinkedHashMap<>();
            state.forEach((p, s) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("granted", s.granted());
                m.put("basis", s.basis());
                if (s.latest() != null) {
                    m.put("entry", entry(s.latest()));
                }
                purposes.put(p, m);
            });
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("subject", consent.subjectRef(id.get()));
            body.put("purposes", purposes);
            body.put("history", consent.history(id.get()).stream().map(ConsentAdminRoutes::entry).toList());
            HttpResponses.json(exchange, 200, body);
        } catch (IllegalArgumentException e) {
            AdminErrors.ruleBroken(exchange, e);
        }
    }

    private void audit(Exchange exchange) {
        var m = exchange.getMessage();
        EnforcementPoint point = null;
        String pointText = m.getHeader("point", String.class);
        if (pointText != null) {
            try {
                point = EnforcementPoint.valueOf(pointText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                AdminErrors.invalidRequest(exchange, List.of(Violation.of("point", "enum:INGEST,SCORING,ACTIVATION", "unknown point")));
                return;
            }
        }
        String profileId = m.getHeader("profileId", String.class);
        List<String> subjects = profileId == null ? List.of() : List.of(profileId);
        String idType = m.getHeader("identifierType", String.class);
        if (idType != null) {
            Optional<Identifier> id = identifier(exchange, idType, m.getHeader("identifierValue", String.class),
                    "identifierType");
            if (id.isEmpty()) {
                return;
            }
            try {
                subjects = consent.auditSubjects(id.get());
            } catch (IllegalArgumentException e) {
                AdminErrors.ruleBroken(exchange, e);
                return;
            }
        }
        Boolean permitted = null;
        String permittedText = m.getHeader("permitted", String.class);
        if (permittedText != null) {
            if (!permittedText.equals("true") && !permittedText.equals("false")) {
                AdminErrors.invalidRequest(exchange, List.of(Violation.of("permitted", "type:boolean", "true or false")));
                return;
            }
            permitted = Boolean.valueOf(permittedText);
        }
        int limit = 100;
        String limitText = m.getHeader("limit", String.class);
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText);
                if (limit < 1 || limit > 10_000) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                AdminErrors.invalidRequest(exchange, List.of(Violation.of("limit", "range:1..10000", "a whole number from 1 to 10000")));
                return;
            }
        }
        HttpResponses.json(exchange, 200, Map.of("entries", consent.audit(
                new AuditQuery(point, m.getHeader("purpose", String.class), subjects, permitted, limit))));
    }

    private void privacyRequest(Exchange exchange, boolean erase) {
        ConsentRequests.Parsed<ConsentRequests.PrivacyPost> post = ConsentRequests.privacy(
                exchange.getMessage().getBody(byte[].class));
        if (!post.ok()) {
            AdminErrors.invalidRequest(exchange, post.violations());
            return;
        }
        try {
            if (erase) {
                HttpResponses.json(exchange, 200, privacy.erase(post.value().identifier(), post.value().suppress()));
            } else {
                HttpResponses.json(exchange, 200, privacy.export(post.value().identifier()));
            }
        } catch (IllegalArgumentException e) {
            AdminErrors.ruleBroken(exchange, e);
        } catch (IllegalStateException | StoreException e) {
            HttpResponses.error(exchange, 503, "unavailable", e.getMessage(), Map.of());
        }
    }

    private static Optional<Identifier> identifier(Exchange exchange, String typeName, String value, String field) {
        Optional<IdentifierType> type = IdentifierType.fromWireName(typeName);
        if (type.isEmpty()) {
            AdminErrors.invalidRequest(exchange, List.of(Violation.of(field, "enum:identifier-type", "unknown identifier type")));
            return Optional.empty();
        }
        if (value == null || value.isBlank()) {
            AdminErrors.invalidRequest(exchange, List.of(Violation.of("identifierValue", "required", "the identifier's value is required")));
            return Optional.empty();
        }
        return Optional.of(Identifier.of(type.get(), value));
    }

    static Map<String, Object> entry(ConsentRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entryId", r.entryId());
        m.put("purpose", r.change().purpose());
        m.put("action", r.change().action().name());
        m.put("eventTime", r.change().eventTime());
        m.put("source", r.change().source());
        m.put("legalBasis", r.change().legalBasis());
        m.put("evidence", r.change().evidence());
        m.put("region", r.region());
        m.put("recordedAt", r.recordedAt());
        if (r.confirmedAt() != null) {
            m.put("confirmedAt", r.confirmedAt());
        }
        return m;
    }
}
