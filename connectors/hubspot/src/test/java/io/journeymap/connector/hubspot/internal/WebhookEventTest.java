package io.journeymap.connector.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.event.Violation;
import io.journeymap.api.json.EventJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Webhook bodies in HubSpot's documented shape, parsed and mapped. */
class WebhookEventTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    // The documented example of a contact.propertyChange delivery (values ours), plus a deal stage change.
    private static final String BODY = """
            [{"eventId":1,"subscriptionId":25,"portalId":33,"appId":1160452,"occurredAt":1764331200000,
              "subscriptionType":"contact.propertyChange","attemptNumber":0,"objectId":512,"changeSource":"CRM",
              "propertyName":"lifecyclestage","propertyValue":"customer"},
             {"eventId":2,"subscriptionId":26,"portalId":33,"appId":1160452,"occurredAt":1764331260000,
              "subscriptionType":"deal.propertyChange","attemptNumber":0,"objectId":9001,"changeSource":"CRM",
              "propertyName":"dealstage","propertyValue":"closedwon"},
             {"eventId":3,"subscriptionId":27,"portalId":33,"appId":1160452,"occurredAt":1764331270000,
              "subscriptionType":"contact.deletion","attemptNumber":0,"objectId":77}]""";

    private static JsonNode json(String s) throws Exception {
        return EventJson.mapper().readTree(s);
    }

    @Test
    void contactAndDealChangesBecomeEventsOfTheirContactsAndDeletionsArePassedOver() throws Exception {
        WebhookEvent.Parsed parsed = WebhookEvent.parse(json(BODY));
        assertThat(parsed.violations()).isEmpty();

        HubSpotWebhookMapper.Result r = new HubSpotWebhookMapper("acme").map(parsed.events(),
                new HubSpotWebhookMapper.CrmLookups(Map.of(9001L, List.of("512", "513")), Map.of()), NOW);

        assertThat(r.rejected()).isEmpty();
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(r.events()).extracting(TouchpointEvent::messageId)
                .containsExactly("hubspot:webhook:1", "hubspot:webhook:2:512", "hubspot:webhook:2:513");
        TouchpointEvent contact = r.events().get(0);
        assertThat(contact.event()).isEqualTo("Contact Property Changed");
        assertThat(contact.identifier(IdentifierType.HUBSPOT_CONTACT_ID)).contains("512");
        assertThat(contact.timestamp()).isEqualTo(Instant.ofEpochMilli(1764331200000L));
        assertThat(contact.properties()).containsEntry("propertyName", "lifecyclestage");
        assertThat(r.events().get(2).event()).isEqualTo("Deal Stage Changed");
        assertThat(r.events().get(2).identifier(IdentifierType.HUBSPOT_CONTACT_ID)).contains("513");
    }

    @Test
    void aDealWithNoAssociatedContactIsPassedOver() throws Exception {
        HubSpotWebhookMapper.Result r = new HubSpotWebhookMapper("acme").map(WebhookEvent.parse(json(BODY)).events(),
                HubSpotWebhookMapper.CrmLookups.NONE, NOW);
        assertThat(r.events()).hasSize(1);
        assertThat(r.skipped()).isEqualTo(2);
    }

    /** Deal 9001 as the sync's search (and the receiver's batch read) returns it, with its contacts attached. */
    private static Map<String, Object> deal(String stage) {
        return new java.util.HashMap<>(Map.of("id", "9001", "properties", Map.of("dealname", "Renewal",
                "dealstage", stage, "hs_v2_date_entered_current_stage", "2025-11-28T12:01:00.000Z",
                "hs_lastmodifieddate", "2025-11-28T12:01:05.000Z", "hs_object_id", "9001"),
                "associations", Map.of("contacts", Map.of("results", List.of(Map.of("id", "512"), Map.of("id", "513"))))));
    }

    @Test
    void aStageChangeOfADealStillInThatStageIsTheSyncsOwnEventSoBothPathsStoreItOnce() throws Exception {
        Map<String, Object> deal = deal("closedwon");
        HubSpotWebhookMapper.Result r = new HubSpotWebhookMapper("acme").map(WebhookEvent.parse(json(BODY)).events(),
                new HubSpotWebhookMapper.CrmLookups(Map.of(9001L, List.of("512", "513")), Map.of(9001L, deal)), NOW);

        List<TouchpointEvent> fromSync = ((HubSpotRecordMapper.Mapped) new HubSpotRecordMapper("acme")
                .map(HubSpotObjectType.DEALS, deal, NOW)).events();
        assertThat(r.events()).extracting(TouchpointEvent::messageId).containsExactly("hubspot:webhook:1",
                fromSync.get(0).messageId(), fromSync.get(1).messageId());
        assertThat(fromSync.get(0).messageId()).startsWith("hubspot:deals:9001:stage:closedwon:");
        assertThat(r.events().get(1).event()).isEqualTo("Deal Stage Changed");
    }

    @Test
    void aStageTheDealHasAlreadyLeftKeepsTheWebhooksIdForTheSyncWillNeverSeeIt() throws Exception {
        HubSpotWebhookMapper.Result r = new HubSpotWebhookMapper("acme").map(WebhookEvent.parse(json(BODY)).events(),
                new HubSpotWebhookMapper.CrmLookups(Map.of(9001L, List.of("512", "513")),
                        Map.of(9001L, deal("contractsent"))), NOW);
        assertThat(r.events()).extracting(TouchpointEvent::messageId)
                .containsExactly("hubspot:webhook:1", "hubspot:webhook:2:512", "hubspot:webhook:2:513");
    }

    @Test
    void twoDeliveriesOfTheSameStageInOneRequestGiveTheDealsEventsOnce() throws Exception {
        String twice = """
                [{"eventId":2,"occurredAt":1764331260000,"subscriptionType":"deal.propertyChange","objectId":9001,
                  "propertyName":"dealstage","propertyValue":"closedwon"},
                 {"eventId":4,"occurredAt":1764331261000,"subscriptionType":"deal.propertyChange","objectId":9001,
                  "propertyName":"dealstage","propertyValue":"closedwon"}]""";
        HubSpotWebhookMapper.Result r = new HubSpotWebhookMapper("acme").map(WebhookEvent.parse(json(twice)).events(),
                new HubSpotWebhookMapper.CrmLookups(Map.of(9001L, List.of("512", "513")),
                        Map.of(9001L, deal("closedwon"))), NOW);
        assertThat(r.events()).hasSize(2);
        assertThat(r.skipped()).isEqualTo(1);
    }

    @Test
    void eachBadFieldIsNamedWithTheEventsIndex() throws Exception {
        WebhookEvent.Parsed parsed = WebhookEvent.parse(json("""
                [{"eventId":1,"objectId":512,"occurredAt":1764331200000,"subscriptionType":"contact.creation"},
                 {"eventId":2,"objectId":"512","subscriptionType":"contactcreation"}]"""));
        assertThat(parsed.events()).isEmpty();
        assertThat(parsed.violations()).extracting(Violation::field)
                .containsExactly("[1].objectId", "[1].occurredAt", "[1].subscriptionType");
        assertThat(parsed.violations()).extracting(Violation::rule).containsExactly("type:integer", "required",
                "format:object.change");
    }

    @Test
    void aBodyThatIsNoArrayIsRefusedAsAWhole() throws Exception {
        assertThat(WebhookEvent.parse(json("{\"eventId\":1}")).violations()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("body"));
    }
}
