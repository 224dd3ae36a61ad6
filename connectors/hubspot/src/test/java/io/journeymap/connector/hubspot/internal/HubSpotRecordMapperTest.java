package io.journeymap.connector.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.connector.hubspot.internal.HubSpotRecordMapper.DeadLetter;
import io.journeymap.connector.hubspot.internal.HubSpotRecordMapper.Mapped;
import io.journeymap.connector.hubspot.internal.HubSpotRecordMapper.Outcome;
import io.journeymap.connector.hubspot.internal.HubSpotRecordMapper.PageResult;
import io.journeymap.connector.hubspot.internal.HubSpotRecordMapper.Skipped;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotRecordMapperTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-28T10:00:00Z");
    private final HubSpotRecordMapper mapper = new HubSpotRecordMapper("acme");

    static Map<String, Object> fixture(String name) {
        try (InputStream in = HubSpotRecordMapperTest.class.getResourceAsStream("/fixtures/" + name + ".json")) {
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<TouchpointEvent> events(HubSpotObjectType type, String fixture) {
        Outcome o = mapper.map(type, fixture(fixture), RECEIVED);
        assertThat(o).isInstanceOf(Mapped.class);
        return ((Mapped) o).events();
    }

    @Test
    void aContactCarriesEveryIdentifierAndItsTraits() {
        TouchpointEvent e = events(HubSpotObjectType.CONTACTS, "contact").get(0);
        assertThat(e.type()).isEqualTo(EventType.TRACK);
        assertThat(e.event()).isEqualTo("Contact Updated");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-11-20T14:03:11.482Z"));
        assertThat(e.receivedAt()).isEqualTo(RECEIVED);
        assertThat(e.identifiers()).containsExactly(
                Identifier.of(IdentifierType.HUBSPOT_CONTACT_ID, "512"),
                Identifier.of(IdentifierType.EMAIL, "ann.lee@example.com"),
                Identifier.of(IdentifierType.EMAIL, "ann@lee.family"),
                Identifier.of(IdentifierType.EMAIL, "a.lee@work.example"),
                Identifier.of(IdentifierType.PHONE, "+49 30 1234567"),
                Identifier.of(IdentifierType.PHONE, "+49 151 2345678"));
        assertThat(e.traits()).containsEntry("email", "ann.lee@example.com").containsEntry("firstName", "Ann")
                .containsEntry("lastName", "Lee").containsEntry("title", "Head of Operations")
                .containsEntry("hs_email_optout", true).containsEntry("lifecycleStage", "marketingqualifiedlead")
                .containsEntry("company", Map.of("name", "Acme GmbH"));
        assertThat(e.traits().get("address")).isEqualTo(Map.of("city", "Berlin", "country", "Germany",
                "postalCode", "10115"));
        assertThat(e.source().key()).isEqualTo("hubspot/acme");
        assertThat(e.context().channel()).isEqualTo("crm");
    }

    @Test
    void theMessageIdComesFromTheIdAndTheModificationSoARedeliveryDedupes() {
        TouchpointEvent first = events(HubSpotObjectType.CONTACTS, "contact").get(0);
        TouchpointEvent again = events(HubSpotObjectType.CONTACTS, "contact").get(0);
        assertThat(first.messageId()).isEqualTo("hubspot:contacts:512:" + Instant.parse("2026-11-20T14:03:11.482Z")
                .toEpochMilli()).isEqualTo(again.messageId());
        Map<String, Object> modifiedLater = fixture("contact");
        ((Map<String, Object>) modifiedLater.get("properties")).put("lastmodifieddate", "2026-11-21T00:00:00Z");
        Outcome later = mapper.map(HubSpotObjectType.CONTACTS, modifiedLater, RECEIVED);
        assertThat(((Mapped) later).events().get(0).messageId()).isNotEqualTo(first.messageId());
    }

    @Test
    void anOptOutOfFalseIsKeptAsFalse() {
        Map<String, Object> r = fixture("contact");
        ((Map<String, Object>) r.get("properties")).put("hs_email_optout", "false");
        assertThat(((Mapped) mapper.map(HubSpotObjectType.CONTACTS, r, RECEIVED)).events().get(0).traits())
                .containsEntry("hs_email_optout", false);
    }

    @Test
    void aCompanyIsAGroupCallForEachAssociatedContact() {
        List<TouchpointEvent> events = events(HubSpotObjectType.COMPANIES, "company");
        assertThat(events).hasSize(2).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.GROUP);
            assertThat(e.groupId()).isEqualTo("9001");
            assertThat(e.traits()).containsEntry("name", "Acme GmbH").containsEntry("website", "acme.example");
        });
        assertThat(events).extracting(e -> e.identifier(IdentifierType.HUBSPOT_CONTACT_ID).orElseThrow())
                .containsExactly("512", "513");
        assertThat(events).extracting(TouchpointEvent::messageId).doesNotHaveDuplicates();
    }

    @Test
    void aDealStageChangeIsKeyedByStageAndEntryDate() {
        TouchpointEvent e = events(HubSpotObjectType.DEALS, "deal").get(0);
        assertThat(e.event()).isEqualTo("Deal Stage Changed");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-11-18T16:45:00Z"));
        assertThat(e.properties()).containsEntry("stage", "contractsent").containsEntry("pipeline", "default")
                .containsEntry("amount", new BigDecimal("12000.50")).containsEntry("dealName", "Acme - annual plan");
        assertThat(e.messageId()).isEqualTo("hubspot:deals:77001:stage:contractsent:"
                + Instant.parse("2026-11-18T16:45:00Z").toEpochMilli() + ":512");
        // a later edit of the same deal in the same stage repeats the same messageId
        Map<String, Object> edited = fixture("deal");
        ((Map<String, Object>) edited.get("properties")).put("hs_lastmodifieddate", "2026-11-25T00:00:00Z");
        assertThat(((Mapped) mapper.map(HubSpotObjectType.DEALS, edited, RECEIVED)).events().get(0).messageId())
                .isEqualTo(e.messageId());
    }

    @Test
    void aDealWithoutItsStageEntryDateIsADealUpdate() {
        Map<String, Object> r = fixture("deal");
        ((Map<String, Object>) r.get("properties")).remove("hs_v2_date_entered_current_stage");
        TouchpointEvent e = ((Mapped) mapper.map(HubSpotObjectType.DEALS, r, RECEIVED)).events().get(0);
        assertThat(e.event()).isEqualTo("Deal Updated");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-11-20T08:30:00Z"));
    }

    @Test
    void anEmailIsSentOrReceivedWithItsTextForSentiment() {
        TouchpointEvent sent = events(HubSpotObjectType.EMAILS, "email").get(0);
        assertThat(sent.event()).isEqualTo("Email Sent");
        assertThat(sent.text()).startsWith("Hi Ann, attached is the proposal");
        assertThat(sent.timestamp()).isEqualTo(Instant.parse("2026-11-17T09:00:00Z"));
        assertThat(sent.context().channel()).isEqualTo("email");
        assertThat(sent.properties()).containsEntry("subject", "Your Acme proposal");
        assertThat((Map<String, Object>) sent.properties().get("hubspot")).doesNotContainKey("hs_email_text");
        assertThat(sent.identifier(IdentifierType.HUBSPOT_CONTACT_ID)).contains("512");
        assertThat(sent.messageId()).isEqualTo("hubspot:emails:30001:512");

        TouchpointEvent received = events(HubSpotObjectType.EMAILS, "email-incoming").get(0);
        assertThat(received.event()).isEqualTo("Email Received");
        assertThat(received.text()).isEqualTo("Thanks, this looks great. Can we talk pricing on Friday?");
    }

    @Test
    void aCallIsLoggedForEachParticipantWithItsBodyAsPlainText() {
        List<TouchpointEvent> events = events(HubSpotObjectType.CALLS, "call");
        assertThat(events).hasSize(2);
        TouchpointEvent e = events.get(0);
        assertThat(e.event()).isEqualTo("Call Logged");
        assertThat(e.text()).isEqualTo("Discussed pricing & rollout.\nAnn is happy with the plan.");
        assertThat(e.properties()).containsEntry("title", "Pricing call")
                .containsEntry("durationMs", new BigDecimal("1260000"));
        assertThat(e.context().channel()).isEqualTo("phone");
        assertThat(events).extracting(TouchpointEvent::messageId)
                .containsExactly("hubspot:calls:40001:512", "hubspot:calls:40001:514");
    }

    @Test
    void meetingsNotesAndTasksAreNamedAndKeepTheirText() {
        TouchpointEvent meeting = events(HubSpotObjectType.MEETINGS, "meeting").get(0);
        assertThat(meeting.event()).isEqualTo("Meeting Logged");
        assertThat(meeting.text()).isEqualTo("Walk through the contract with legal.");
        assertThat(meeting.timestamp()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));

        TouchpointEvent note = events(HubSpotObjectType.NOTES, "note").get(0);
        assertThat(note.event()).isEqualTo("Note Added");
        assertThat(note.text()).isEqualTo("Frustrated about the delayed onboarding; wants a call with support.");

        TouchpointEvent task = events(HubSpotObjectType.TASKS, "task").get(0);
        assertThat(task.event()).isEqualTo("Task Created");
        assertThat(task.text()).isEqualTo("Follow up with Ann once legal has signed.");
        assertThat(task.properties()).containsEntry("subject", "Send countersigned contract")
                .containsEntry("status", "NOT_STARTED");
    }

    @Test
    void anEngagementWithNoContactConcernsNoPersonAndIsSkipped() {
        assertThat(mapper.map(HubSpotObjectType.NOTES, fixture("note-company-only"), RECEIVED))
                .isEqualTo(new Skipped("notes", "60002", "no associated contact"));
    }

    @Test
    void aRecordThatBreaksARuleIsADeadLetterNamingTheRule() {
        Outcome o = mapper.map(HubSpotObjectType.CALLS, fixture("call-malformed"), RECEIVED);
        assertThat(o).isInstanceOfSatisfying(DeadLetter.class, d -> {
            assertThat(d.objectId()).isEqualTo("40002");
            assertThat(d.violations()).extracting(v -> v.field() + " " + v.rule())
                    .containsExactly("properties.hs_timestamp iso-8601");
        });
    }

    @Test
    void aRecordWithoutPropertiesOrIdIsADeadLetter() {
        Outcome o = mapper.map(HubSpotObjectType.CONTACTS, Map.of("properties", "oops"), RECEIVED);
        assertThat(o).isInstanceOfSatisfying(DeadLetter.class, d -> assertThat(d.violations())
                .extracting(v -> v.field() + " " + v.rule())
                .containsExactly("id required", "properties type:object"));
    }

    @Test
    void aBadRecordDoesNotStopThePage() {
        PageResult page = mapper.mapPage(HubSpotObjectType.CALLS,
                List.of(fixture("call"), fixture("call-malformed"), fixture("call")), RECEIVED);
        assertThat(page.events()).hasSize(4);
        assertThat(page.deadLetters()).extracting(DeadLetter::objectId).containsExactly("40002");
    }

    @Test
    void anOverlongBodyIsTruncatedNotDropped() {
        Map<String, Object> r = fixture("note");
        ((Map<String, Object>) r.get("properties")).put("hs_note_body", "x".repeat(40_000));
        TouchpointEvent e = ((Mapped) mapper.map(HubSpotObjectType.NOTES, r, RECEIVED)).events().get(0);
        assertThat(e.text()).hasSize(32 * 1024);
        assertThat(e.properties()).containsEntry("textTruncated", true);
    }
}
