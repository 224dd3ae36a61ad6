package io.journeymap.routes.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.timeline.TimelineEntry;
import io.journeymap.api.timeline.TimelineStore;
import java.util.List;
import java.util.Map;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    private static final TimelineStore NO_TIMELINES = new TimelineStore() {
        @Override
        public int add(List<TimelineEntry> entries) {
            return 0;
        }

        @Override
        public List<TimelineEntry> timeline(String profileId, int limit) {
            return List.of();
        }

        @Override
        public long count(String profileId) {
            return 0;
        }
    };

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> map, String... keys) {
        Object node = map;
        for (String k : keys) {
            node = ((Map<String, Object>) node).get(k);
        }
        return (Map<String, Object>) node;
    }

    @Test
    void everyRestDslEndpointIsDocumentedWithItsParametersResponsesAndSecurity() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            AdminAuthenticator auth = new AdminAuthenticator("admin", "pw");
            context.addRoutes(new AdminRoutes(auth, NO_TIMELINES, null));
            context.addRoutes(new IdentityAdminRoutes(auth, null));
            Map<String, Object> doc = OpenApiDocument.render(context, "t", "1", "/api/v1");

            assertThat(doc.get("openapi")).isEqualTo("3.0.3");
            assertThat(at(doc, "paths")).containsOnlyKeys("/api/v1/profiles/{id}/timeline", "/api/v1/openapi.json",
                    "/api/v1/identifiers/{type}/{value}/profile", "/api/v1/identifiers/{type}/{value}/timeline",
                    "/api/v1/profiles/{id}", "/api/v1/profiles/{id}/unmerge", "/api/v1/identity/match",
                    "/api/v1/identity/reviews", "/api/v1/identity/reviews/{reviewId}/{decision}");
            assertThat(at(doc, "paths", "/api/v1/profiles/{id}/unmerge", "post", "responses"))
                    .containsOnlyKeys("200", "400", "401");
            Map<String, Object> timeline = at(doc, "paths", "/api/v1/profiles/{id}/timeline", "get");
            assertThat(timeline.get("operationId")).isEqualTo("admin-profiles-timeline");
            assertThat((List<Map<String, Object>>) timeline.get("parameters"))
                    .extracting(p -> p.get("name") + ":" + p.get("in") + ":" + p.get("required"))
                    .containsExactly("id:path:true", "limit:query:false");
            assertThat(at(timeline, "responses")).containsOnlyKeys("200", "400", "401");
            assertThat(timeline.get("security")).isEqualTo(List.of(Map.of(AdminRoutes.ADMIN_AUTH, List.of())));
            assertThat(at(doc, "paths", "/api/v1/openapi.json", "get")).doesNotContainKey("security");
            assertThat(at(doc, "components", "securitySchemes", AdminRoutes.ADMIN_AUTH))
                    .isEqualTo(Map.of("type", "http", "scheme", "basic"));
        }
    }
}
