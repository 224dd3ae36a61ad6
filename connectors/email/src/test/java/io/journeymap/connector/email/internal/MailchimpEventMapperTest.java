package io.journeymap.connector.email.internal;

import io.journeymap.camel.ItemOutcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailchimpEventMapperTest {

    private static final Instant NOW = Instant.parse("2025-11-28T15:00:00Z");

    private static ItemOutcome map(String body) {
        return MailchimpEventMapper.map(MailchimpForm.parse(body.getBytes(StandardCharsets.UTF_8)), NOW);
    }

    private static TouchpointEvent event(String body) {
        ItemOutcome outcome = map(body);
        assertThat(outcome).isInstanceOf(ItemOutcome.Event.class);
        return ((ItemOutcome.Event) outcome).event();
    }

    @Test
    void unsubscribeIsEmailUnsubscribedWithTheEmailSoConsentSeesIt() {
        TouchpointEvent e = event(MailchimpFixtures.UNSUBSCRIBE);
        assertThat(e.type()).isEqualTo(EventType.TRACK);
        assertThat(e.event()).isEqualTo("Email Unsubscribed");
        assertThat(e.identifiers()).containsExactly(Identifier.of(IdentifierType.EMAIL, "ada@example.com"));
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2025-11-28T10:02:44Z"));
        assertThat(e.properties()).containsEntry("action", "unsub").containsEntry("reason", "manual")
                .containsEntry("campaign_id", "cb398d21d2").containsEntry("list_id", "a6b5da1054");
        assertThat(e.source().key()).isEqualTo("email/mailchimp");
    }

    @Test
    void anAbuseUnsubscribeIsASpamReport() {
        assertThat(event(MailchimpFixtures.UNSUBSCRIBE_ABUSE).event()).isEqualTo("Email Marked as Spam");
    }

    @Test
    void subscribeCarriesNamesFromMergeFieldsAndTheOptInIp() {
        TouchpointEvent e = event(MailchimpFixtures.SUBSCRIBE);
        assertThat(e.event()).isEqualTo("Email Subscribed");
        assertThat(e.traits()).containsEntry("email", "ada@example.com").containsEntry("firstName", "Ada")
                .containsEntry("lastName", "Lovelace");
        assertThat(e.traits().get("mailchimp_merges")).isEqualTo(java.util.Map.of("INTERESTS", "Engines, Poetry"));
        assertThat(e.context().ip()).isEqualTo("198.51.100.23");
    }

    @Test
    void profileIsAnIdentify() {
        TouchpointEvent e = event(MailchimpFixtures.PROFILE);
        assertThat(e.type()).isEqualTo(EventType.IDENTIFY);
        assertThat(e.traits()).containsEntry("firstName", "Augusta Ada").containsEntry("lastName", "King");
    }

    @Test
    void anAddressChangeNamesThePersonByBothAddresses() {
        TouchpointEvent e = event(MailchimpFixtures.UPEMAIL);
        assertThat(e.type()).isEqualTo(EventType.IDENTIFY);
        assertThat(e.identifiers()).containsExactly(Identifier.of(IdentifierType.EMAIL, "ada.king@example.com"),
                Identifier.of(IdentifierType.EMAIL, "ada@example.com"));
    }

    @Test
    void cleanedIsABounceWithTheReason() {
        TouchpointEvent e = event(MailchimpFixtures.CLEANED);
        assertThat(e.event()).isEqualTo("Email Bounced");
        assertThat(e.properties()).containsEntry("reason", "hard").containsEntry("mailchimp_type", "cleaned");
    }

    @Test
    void aCampaignStatusNamesNoPersonAndIsNotStored() {
        assertThat(map(MailchimpFixtures.CAMPAIGN)).isEqualTo(new ItemOutcome.Ignored("campaign"));
    }

    @Test
    void theSameDeliveryGetsTheSameIdInAnyFieldOrderAndAnotherDeliveryAnother() {
        java.util.List<String> fields = new java.util.ArrayList<>(java.util.List.of(MailchimpFixtures.UNSUBSCRIBE.split("&")));
        java.util.Collections.reverse(fields);
        String reordered = String.join("&", fields);
        assertThat(event(reordered).messageId()).isEqualTo(event(MailchimpFixtures.UNSUBSCRIBE).messageId())
                .startsWith("mailchimp-");
        assertThat(event(MailchimpFixtures.UNSUBSCRIBE_ABUSE).messageId())
                .isNotEqualTo(event(MailchimpFixtures.UNSUBSCRIBE).messageId());
    }

    @Test
    void missingEmailBadFiredAtAndUnknownTypeAreNamedByField() {
        ItemOutcome outcome = map("type=resubscribe&fired_at=yesterday");
        assertThat(((ItemOutcome.Invalid) outcome).violations()).extracting(v -> v.field() + ":" + v.rule())
                .containsExactlyInAnyOrder("type:one-of", "fired_at:datetime", "data[email]:required");
        assertThat(((ItemOutcome.Invalid) map("fired_at=2025-11-28+10%3A02%3A44&data%5Bemail%5D=a%40b.c"))
                .violations()).extracting(v -> v.field()).containsExactly("type");
    }
}
