package io.journeymap.connector.salesforce.internal;

import static io.journeymap.api.event.IdentifierType.EMAIL;
import static io.journeymap.api.event.IdentifierType.PHONE;
import static io.journeymap.api.event.IdentifierType.SALESFORCE_CONTACT_ID;
import static io.journeymap.api.event.IdentifierType.SALESFORCE_LEAD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.TouchpointEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each object's mapping, from query responses in the REST API's documented shape. */
class SalesforceRecordMapperTest {

    private static final Instant RECEIVED = Instant.parse("2024-05-01T00:00:00Z");
    private final SalesforceRecordMapper mapper = new SalesforceRecordMapper("acme");

    @Test
    void aLeadIsCreatedAtCreatedDateAndItsStateCarriesTheOptOutAndEveryIdentifier() throws IOException {
        QueryPage page = page("lead-query.json");
        assertThat(page.done()).isFalse();
        assertThat(page.nextRecordsUrl()).isEqualTo("/services/data/v62.0/query/01gRO0000016PIAYA2-2000");
        List<TouchpointEvent> events = mapped(SalesforceObject.LEAD, page.records().get(0));

        TouchpointEvent created = events.get(0);
        assertThat(created.event()).isEqualTo("Lead Created");
        assertThat(created.messageId()).isEqualTo("salesforce:Lead:00QDn000000000aMAA:created");
        assertThat(created.timestamp()).isEqualTo(Instant.parse("2024-03-01T09:00:00Z"));
        assertThat(created.identifiers()).containsExactly(Identifier.of(SALESFORCE_LEAD_ID, "00QDn000000000aMAA"),
                Identifier.of(SALESFORCE_CONTACT_ID, "003Dn000000000bQAA"), Identifier.of(EMAIL, "jane.doe@example.com"),
                Identifier.of(PHONE, "4155551212"), Identifier.of(PHONE, "+14155553434"));
        assertThat(created.source().key()).isEqualTo("salesforce/acme");

        TouchpointEvent state = events.get(1);
        assertThat(state.type()).isEqualTo(EventType.IDENTIFY);
        assertThat(state.messageId()).isEqualTo("salesforce:Lead:00QDn000000000aMAA:state:"
                + Instant.parse("2024-03-05T14:07:31Z").toEpochMilli());
        assertThat(state.traits()).containsEntry("HasOptedOutOfEmail", true).containsEntry("firstName", "Jane")
                .containsEntry("company", Map.of("name", "Universal Technologies"));
    }

    @Test
    void aContactIsCreatedAndIdentifiedWithItsMailingAddress() throws IOException {
        List<TouchpointEvent> events = mapped(SalesforceObject.CONTACT, page("contact-query.json").records().get(0));
        assertThat(events).extracting(TouchpointEvent::event).containsExactly("Contact Created", null);
        assertThat(events.get(0).identifiers()).containsExactly(Identifier.of(SALESFORCE_CONTACT_ID, "003Dn000000000bQAA"),
                Identifier.of(EMAIL, "jane.doe@example.com"), Identifier.of(PHONE, "+447700900123"));
        assertThat(events.get(1).traits()).containsEntry("HasOptedOutOfEmail", false).containsEntry("DoNotCall", true)
                .containsEntry("address", Map.of("city", "London", "country", "United Kingdom", "postalCode", "EC1A 1BB"));
    }

    @Test
    void anOpportunityStageChangeIsKeyedByStageAndWhenItWasEnteredSoOtherEditsDoNotRepeatIt() throws IOException {
        Map<String, Object> won = page("opportunity-query.json").records().get(0);
        List<TouchpointEvent> events = mapped(SalesforceObject.OPPORTUNITY, won);
        assertThat(events).extracting(TouchpointEvent::event).containsExactly("Opportunity Created",
                "Opportunity Stage Changed");
        TouchpointEvent stage = events.get(1);
        assertThat(stage.properties()).containsEntry("stage", "Closed Won").containsEntry("amount", 125000.0);
        assertThat(stage.timestamp()).isEqualTo(Instant.parse("2024-04-02T16:19:58Z"));
        assertThat(stage.identifiers()).containsExactly(Identifier.of(SALESFORCE_CONTACT_ID, "003Dn000000000bQAA"));

        Map<String, Object> amountEdited = new LinkedHashMap<>(won);
        amountEdited.put("Amount", 130000.0);
        amountEdited.put("SystemModstamp", "2024-04-09T10:00:00.000+0000");
        assertThat(mapped(SalesforceObject.OPPORTUNITY, amountEdited).get(1).messageId()).isEqualTo(stage.messageId());
    }

    @Test
    void anOpportunityWithoutAPrimaryContactIsSkippedNotDeadLettered() throws IOException {
        SalesforceRecordMapper.Outcome o = mapper.map(SalesforceObject.OPPORTUNITY,
                page("opportunity-query.json").records().get(1), RECEIVED);
        assertThat(o).isInstanceOf(SalesforceRecordMapper.Skipped.class);
    }

    @Test
    void aClosedTaskIsCreatedAndCompletedWithItsWordsAsText() throws IOException {
        List<TouchpointEvent> events = mapped(SalesforceObject.TASK, page("task-query.json").records().get(0));
        assertThat(events).extracting(TouchpointEvent::event).containsExactly("Task Created", "Task Completed");
        assertThat(events.get(1).timestamp()).isEqualTo(Instant.parse("2024-03-07T11:29:00Z"));
        assertThat(events.get(0).text()).isEqualTo("Call\n\nCustomer is frustrated that the invoice was wrong twice.");
        assertThat(events.get(0).context().channel()).isEqualTo("phone");
        assertThat(events.get(0).identifiers()).containsExactly(Identifier.of(SALESFORCE_LEAD_ID, "00QDn000000000aMAA"));
    }

    @Test
    void aCalendarEventIsLoggedAtItsStartForTheContactItNames() throws IOException {
        TouchpointEvent e = mapped(SalesforceObject.EVENT, page("event-query.json").records().get(0)).get(0);
        assertThat(e.event()).isEqualTo("Event Logged");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2024-03-12T15:00:00Z"));
        assertThat(e.text()).startsWith("Product demo\n\nWalked through");
        assertThat(e.identifiers()).containsExactly(Identifier.of(SALESFORCE_CONTACT_ID, "003Dn000000000bQAA"));
    }

    @Test
    void aCaseCarriesEveryContactIdentifierOnceAndItsDescription() throws IOException {
        TouchpointEvent e = mapped(SalesforceObject.CASE, page("case-query.json").records().get(0)).get(0);
        assertThat(e.event()).isEqualTo("Case Created");
        assertThat(e.identifiers()).containsExactly(Identifier.of(SALESFORCE_CONTACT_ID, "003Dn000000000bQAA"),
                Identifier.of(EMAIL, "jane.doe@example.com"), Identifier.of(PHONE, "+447700900123"));
        assertThat(e.text()).contains("export button does nothing");
        assertThat(e.properties()).containsEntry("caseNumber", "00001027");
        assertThat(e.context().channel()).isEqualTo("support");
    }

    @Test
    void aCampaignMemberIsAddedWithTheCampaignInContext() throws IOException {
        TouchpointEvent e = mapped(SalesforceObject.CAMPAIGN_MEMBER, page("campaignmember-query.json").records().get(0))
                .get(0);
        assertThat(e.event()).isEqualTo("Campaign Member Added");
        assertThat(e.context().campaign().name()).isEqualTo("Spring Product Webinar");
        assertThat(e.identifiers()).containsExactly(Identifier.of(SALESFORCE_LEAD_ID, "00QDn000000000aMAA"),
                Identifier.of(EMAIL, "jane.doe@example.com"), Identifier.of(PHONE, "4155551212"));
        assertThat(e.traits()).containsEntry("HasOptedOutOfEmail", false);
    }

    @Test
    void aRecordWithAnUnreadableDateOrNoIdIsADeadLetterNamingTheField() throws IOException {
        Map<String, Object> bad = new LinkedHashMap<>(page("lead-query.json").records().get(0));
        bad.put("CreatedDate", "last Tuesday");
        bad.remove("Id");
        SalesforceRecordMapper.Outcome o = mapper.map(SalesforceObject.LEAD, bad, RECEIVED);
        assertThat(o).isInstanceOfSatisfying(SalesforceRecordMapper.DeadLetter.class, d -> assertThat(d.violations())
                .extracting(v -> v.field() + ":" + v.rule()).contains("Id:required"));
        Map<String, Object> badDate = new LinkedHashMap<>(page("lead-query.json").records().get(0));
        badDate.put("CreatedDate", "last Tuesday");
        assertThat(mapper.map(SalesforceObject.LEAD, badDate, RECEIVED)).isInstanceOfSatisfying(
                SalesforceRecordMapper.DeadLetter.class, d -> assertThat(d.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("CreatedDate:datetime"));
    }

    @Test
    void theSameRecordMapsToTheSameMessageIds() throws IOException {
        Map<String, Object> r = page("case-query.json").records().get(0);
        assertThat(mapped(SalesforceObject.CASE, r)).extracting(TouchpointEvent::messageId)
                .isEqualTo(mapped(SalesforceObject.CASE, r).stream().map(TouchpointEvent::messageId).toList());
    }

    private List<TouchpointEvent> mapped(SalesforceObject object, Map<String, Object> record) {
        SalesforceRecordMapper.Outcome o = mapper.map(object, record, RECEIVED);
        assertThat(o).as(o.toString()).isInstanceOf(SalesforceRecordMapper.Mapped.class);
        return ((SalesforceRecordMapper.Mapped) o).events();
    }

    private static QueryPage page(String fixture) throws IOException {
        try (InputStream in = SalesforceRecordMapperTest.class.getResourceAsStream("/fixtures/" + fixture)) {
            return QueryPage.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
