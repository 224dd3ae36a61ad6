package io.journeymap.connector.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.connector.common.FailureKind;
import io.journeymap.connector.common.HttpCallException;
import io.journeymap.connector.hubspot.testing.HubSpotStandIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The producer against a local HubSpot stand-in. */
class HubSpotProducerIT {

    private HubSpotStandIn hubspot;
    private CamelContext camel;
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        hubspot = new HubSpotStandIn();
        for (int i = 1; i <= 250; i++) {
            hubspot.put("contacts", Integer.toString(i), 1_000L, Map.of("email", "p" + i + "@example.com"));
        }
        camel = new DefaultCamelContext();
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
        hubspot.close();
    }

    private String uri(String operation) {
        return "hubspot:contacts?operation=" + operation + "&baseUrl=" + hubspot.baseUrl() + "&accessToken="
                + HubSpotStandIn.TOKEN + "&requestsPerSecond=100&initialRetryDelay=20";
    }

    @Test
    void updatePatchesOneContactsProperties() {
        Object body = template.requestBodyAndHeader(uri("update"), Map.of("properties",
                Map.of("journeymap_segment", "high-intent")), HubSpotConstants.OBJECT_ID, "42");
        assertThat(hubspot.get("contacts", "42").properties()).containsEntry("journeymap_segment", "high-intent");
        HubSpotStandIn.Request patch = hubspot.requests("PATCH", "/crm/v3/objects/contacts/42").get(0);
        assertThat(patch.body()).isEqualTo("{\"properties\":{\"journeymap_segment\":\"high-intent\"}}");
        assertThat(patch.authorization()).isEqualTo("Bearer " + HubSpotStandIn.TOKEN);
        assertThat((Map<String, Object>) body).containsEntry("id", "42");
    }

    @Test
    void updateCanNameTheContactByEmail() {
        template.send(uri("update"), e -> {
            e.getMessage().setBody(Map.of("lifecyclestage", "opportunity"));
            e.getMessage().setHeader(HubSpotConstants.OBJECT_ID, "p7@example.com");
            e.getMessage().setHeader(HubSpotConstants.ID_PROPERTY, "email");
        });
        assertThat(hubspot.get("contacts", "7").properties()).containsEntry("lifecyclestage", "opportunity");
        assertThat(hubspot.requests("PATCH", "/contacts/").get(0).path())
                .isEqualTo("/crm/v3/objects/contacts/p7%40example.com?idProperty=email");
    }

    @Test
    void batchUpdateSendsAtMostOneHundredInputsPerRequest() {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            inputs.add(Map.of("id", Integer.toString(i), "properties", Map.of("journeymap_score", Integer.toString(i))));
        }
        List<?> results = template.requestBody(uri("batchUpdate"), inputs, List.class);
        assertThat(results).hasSize(250);
        assertThat(hubspot.requests("POST", "/crm/v3/objects/contacts/batch/update")).hasSize(3)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(hubspot.get("contacts", "250").properties()).containsEntry("journeymap_score", "250");
    }

    @Test
    void aPartlyAppliedBatchFailsWithTheErrorsAndTheUpdatedObjects() {
        Map<String, Object> byId = new java.util.LinkedHashMap<>();
        byId.put("1", Map.of("journeymap_score", "9"));
        byId.put("999", Map.of("journeymap_score", "9"));
        assertThatThrownBy(() -> template.requestBody(uri("batchUpdate"), byId))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOfSatisfying(HubSpotBatchException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("1 error(s) updating 2 contacts; 1 updated");
                    assertThat(e.errors().get(0)).containsEntry("category", "OBJECT_NOT_FOUND");
                    assertThat(e.results()).hasSize(1);
                });
        assertThat(hubspot.get("contacts", "1").properties()).containsEntry("journeymap_score", "9");
    }

    @Test
    void aBadRequestIsPermanentAndSentOnce() {
        hubspot.fault("/contacts/5", 400, Map.of(), "{\"status\":\"error\",\"category\":\"VALIDATION_ERROR\","
                + "\"message\":\"Property values were not valid\"}");
        assertThatThrownBy(() -> template.requestBodyAndHeader(uri("update"), Map.of("hs_email_optout", "maybe"),
                HubSpotConstants.OBJECT_ID, "5"))
                .cause().isInstanceOfSatisfying(HttpCallException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT);
                });
        assertThat(hubspot.requests("PATCH", "/contacts/5")).hasSize(1);
    }

    @Test
    void aServerErrorIsRetried() {
        hubspot.fault("/contacts/6", 500, Map.of(), "{}");
        template.requestBodyAndHeader(uri("update"), Map.of("firstname", "Bo"), HubSpotConstants.OBJECT_ID, "6");
        assertThat(hubspot.requests("PATCH", "/contacts/6")).extracting(HubSpotStandIn.Request::status)
                .containsExactly(500, 200);
    }

    @Test
    void aProducerWithoutAnOperationIsRefusedAtStart() {
        assertThatThrownBy(() -> template.requestBody(uri("update").replace("operation=update&", ""), Map.of("a", "b")))
                .hasStackTraceContaining("operation");
    }
}
