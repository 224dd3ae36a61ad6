package io.journeymap.connector.email.internal;

import io.journeymap.camel.ItemOutcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.json.EventJson;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SendGridEventMapperTest {

    private static final Instant NOW = Instant.parse("2025-11-29T10:00:00Z");
    private static JsonNode events;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SendGridEventMapperTest.class.getResourceAsStream("/fixtures/sendgrid-events.json")) {
            events = EventJson.mapper().readTree(in);
        }
    }

    private static JsonNode item(String kind) {
        for (JsonNode e : events) {
            if (e.path("event").asText().equals(kind)) {
                return e;
            }
        }
        throw new AssertionError("no " + kind + " in the fixture");
    }

    private static TouchpointEvent mapped(String kind) {
        ItemOutcome outcome = SendGridEventMapper.map(item(kind), NOW);
        assertThat(outcome).isInstanceOf(ItemOutcome.Event.class);
        return ((ItemOutcome.Event) outcome).event();
    }

    @Test
    void deliveredIsAnEmailDeliveredTrackEventKeyedBySgEventId() {
        TouchpointEvent e = mapped("delivered");
        assertThat(e.type()).isEqualTo(EventType.TRACK);
        assertThat(e.event()).isEqualTo("Email Delivered");
        assertThat(e.messageId()).isEqualTo("sendgrid-c2VuZGdyaWQtZGVsaXZlcmVkLTAx");
        assertThat(e.identifier(IdentifierType.EMAIL)).contains("ada@example.com");
        assertThat(e.timestamp()).isEqualTo(Instant.ofEpochSecond(1764403220));
        assertThat(e.receivedAt()).isEqualTo(NOW);
        assertThat(e.properties()).containsEntry("sg_message_id", "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0")
                .containsEntry("sendgrid_event", "delivered");
        assertThat(e.properties().get("category")).isEqualTo(java.util.List.of("welcome", "onboarding"));
        assertThat(e.source().key()).isEqualTo("email/sendgrid");
        assertThat(e.context().channel()).isEqualTo("email");
    }

    @Test
    void processedIsEmailSent() {
        assertThat(mapped("processed").event()).isEqualTo("Email Sent");
        assertThat(mapped("processed").properties().get("category")).isEqualTo(java.util.List.of("welcome"));
    }

    @Test
    void openKeepsUserAgentIpCampaignAndMachineOpen() {
        TouchpointEvent e = mapped("open");
        assertThat(e.event()).isEqualTo("Email Opened");
        assertThat(e.context().userAgent()).startsWith("Mozilla/5.0");
        assertThat(e.context().ip()).isEqualTo("203.0.113.7");
        assertThat(e.context().campaign().name()).isEqualTo("Autumn launch");
        assertThat(e.properties()).containsEntry("marketing_campaign_id", 12345).containsEntry("sg_machine_open", false);
    }

    @Test
    void clickKeepsTheUrl() {
        TouchpointEvent e = mapped("click");
        assertThat(e.event()).isEqualTo("Email Link Clicked");
        assertThat(e.properties()).containsEntry("url", "https://example.com/pricing?utm_source=newsletter");
        assertThat(e.properties()).doesNotContainKey("url_offset"); // an object, not a scalar property
    }

    @Test
    void bounceKeepsReasonTypeStatusAndClassification() {
        TouchpointEvent e = mapped("bounce");
        assertThat(e.event()).isEqualTo("Email Bounced");
        assertThat(e.identifier(IdentifierType.EMAIL)).contains("grace@example.org");
        assertThat(e.properties()).containsEntry("type", "bounce").containsEntry("status", "5.1.1")
                .containsEntry("bounce_classification", "Invalid Address")
                .containsKey("reason");
    }

    @Test
    void droppedIsABounceMarkedDropped() {
        TouchpointEvent e = mapped("dropped");
        assertThat(e.event()).isEqualTo("Email Bounced");
        assertThat(e.properties()).containsEntry("sendgrid_event", "dropped").containsEntry("reason", "Bounced Address");
    }

    @Test
    void unsubscribeAndGroupUnsubscribeAreEmailUnsubscribed() {
        assertThat(mapped("unsubscribe").event()).isEqualTo("Email Unsubscribed");
        TouchpointEvent group = mapped("group_unsubscribe");
        assertThat(group.event()).isEqualTo("Email Unsubscribed");
        assertThat(group.properties()).containsEntry("asm_group_id", 10);
    }

    @Test
    void spamReportIsEmailMarkedAsSpam() {
        assertThat(mapped("spamreport").event()).isEqualTo("Email Marked as Spam");
    }

    @Test
    void deferredAndGroupResubscribeAreAcknowledgedNotStored() {
        assertThat(SendGridEventMapper.map(item("deferred"), NOW)).isEqualTo(new ItemOutcome.Ignored("deferred"));
        assertThat(SendGridEventMapper.map(item("group_resubscribe"), NOW))
                .isEqualTo(new ItemOutcome.Ignored("group_resubscribe"));
    }

    @Test
    void anEventKindSendGridAddsLaterIsSkippedNotRefused() throws Exception {
        JsonNode future = EventJson.mapper().readTree("{\"event\":\"machine_learning_open\",\"email\":\"a@example.com\"}");
        assertThat(SendGridEventMapper.map(future, NOW)).isInstanceOf(ItemOutcome.Ignored.class);
    }

    @Test
    void missingEmailAndBadTimestampAreNamedByField() throws Exception {
        JsonNode bad = EventJson.mapper().readTree(
                "{\"event\":\"open\",\"sg_event_id\":\"x1\",\"timestamp\":\"yesterday\"}");
        ItemOutcome outcome = SendGridEventMapper.map(bad, NOW);
        assertThat(outcome).isInstanceOf(ItemOutcome.Invalid.class);
        assertThat(((ItemOutcome.Invalid) outcome).violations())
                .extracting(v -> v.field() + ":" + v.rule())
                .containsExactlyInAnyOrder("email:required", "timestamp:unix-seconds");
    }

    @Test
    void missingSgEventIdIsRefusedBecauseItIsTheIdempotencyKey() throws Exception {
        JsonNode bad = EventJson.mapper().readTree("{\"event\":\"open\",\"email\":\"a@example.com\",\"timestamp\":1}");
        assertThat(((ItemOutcome.Invalid) SendGridEventMapper.map(bad, NOW)).violations())
                .extracting(v -> v.field()).containsExactly("sg_event_id");
    }

    @Test
    void aNonObjectItemIsRefused() throws Exception {
        assertThat(SendGridEventMapper.map(EventJson.mapper().readTree("42"), NOW)).isInstanceOf(ItemOutcome.Invalid.class);
    }
}
