package io.journeymap.routes.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.event.Violation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsentRequestsTest {

    private static ConsentRequests.Parsed<ConsentRequests.ConsentPost> consent(String json) {
        return ConsentRequests.consent(json.getBytes(StandardCharsets.UTF_8));
    }

    private static final String IDS = "\"identifiers\":[{\"type\":\"email\",\"value\":\"a@example.com\"}]";

    @Test
    void aValidPostIsRead() {
        var p = consent("{" + IDS + ",\"source\":\"cmp:onetrust\",\"region\":\"DE\",\"changes\":[{\"purpose\":"
                + "\"analytics\",\"action\":\"revoked\",\"timestamp\":\"2026-11-28T10:00:00Z\"}]}");
        assertThat(p.ok()).isTrue();
        assertThat(p.value().changes().get(0).source()).isEqualTo("cmp:onetrust");
        assertThat(p.value().region()).isEqualTo("DE");
    }

    @Test
    void jsonNullsInRequiredFieldsAreNamedNotThrown() {
        var p = consent("{" + IDS + ",\"changes\":[{\"purpose\":null,\"action\":null,\"timestamp\":null}]}");
        assertThat(p.violations()).extracting(Violation::field)
                .contains("changes[0].purpose", "changes[0].action", "changes[0].timestamp");
    }

    @Test
    void aTimestampOutsideTheStoresRangeIsRefused() {
        var p = consent("{" + IDS + ",\"changes\":[{\"purpose\":\"analytics\",\"action\":\"granted\","
                + "\"timestamp\":\"+300000-01-01T00:00:00Z\"}]}");
        assertThat(p.violations()).extracting(Violation::field).containsExactly("changes[0].timestamp");
    }

    @Test
    void everyBrokenRuleIsReportedWithItsField() {
        var p = consent("{\"identifiers\":[{\"type\":\"fax\",\"value\":\"\"}],\"changes\":[{\"purpose\":7,"
                + "\"action\":\"maybe\",\"timestamp\":\"yesterday\"}]}");
        assertThat(p.violations()).extracting(Violation::field).containsExactly("identifiers[0].type",
                "identifiers[0].value", "changes[0].purpose", "changes[0].action", "changes[0].timestamp");
        assertThat(p.violations()).extracting(Violation::message).noneMatch(m -> m.contains("fax"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertThat(consent("[1,2]").violations()).extracting(Violation::rule).containsExactly("type:object");
        assertThat(consent("{\"a\":").violations()).extracting(Violation::rule).containsExactly("json");
        assertThat(ConsentRequests.consent(new byte[0]).violations()).extracting(Violation::rule)
                .containsExactly("required");
    }

    @Test
    void aPrivacyRequestNeedsOneValidIdentifier() {
        var ok = ConsentRequests.privacy("{\"identifier\":{\"type\":\"user_id\",\"value\":\"u-1\"},\"suppress\":true}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(ok.ok()).isTrue();
        assertThat(ok.value().suppress()).isTrue();
        var bad = ConsentRequests.privacy("{\"identifier\":null,\"suppress\":\"yes\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.violations()).extracting(Violation::field).containsExactly("identifier", "suppress");
    }
}
