package io.journeymap.connector.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.camel.ItemOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ZendeskEventMapperTest {

    private static final Instant NOW = Instant.parse("2025-11-28T16:00:00Z");

    private static TouchpointEvent event(String fixture) {
        ItemOutcome outcome = ZendeskEventMapper.map(Fixtures.json(fixture), NOW);
        assertThat(outcome).isInstanceOf(ItemOutcome.Event.class);
        return ((ItemOutcome.Event) outcome).event();
    }

    @Test
    void ticketCreatedKeepsTheDescriptionAsTextAndNamesTheRequester() {
        TouchpointEvent e = event("zendesk-ticket-created.json");
        assertThat(e.event()).isEqualTo("Ticket Created");
        assertThat(e.messageId()).isEqualTo("zendesk-cbe4028c-7239-495d-b020-f22348516046");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2025-11-28T09:12:01.467Z"));
        assertThat(e.identifiers()).containsExactly(Identifier.of(IdentifierType.ZENDESK_USER_ID, "8447388090494"));
        assertThat(e.text()).isEqualTo("Hi, the checkout page keeps timing out when I pay by card. "
                + "I have tried three times & I am getting frustrated.");
        assertThat(e.properties()).containsEntry("ticket_id", "35436").containsEntry("priority", "HIGH")
                .containsEntry("ticket_type", "INCIDENT").containsEntry("channel", "web_form")
                .containsEntry("subject", "Checkout times out");
        assertThat(e.properties().get("tags")).isEqualTo(java.util.List.of("checkout", "payments"));
        assertThat(e.source().key()).isEqualTo("support/zendesk");
        assertThat(e.context().channel()).isEqualTo("support");
    }

    @Test
    void aCommentIsATicketUpdateCarryingTheCommentTextAndTheRequesterEmailWhenGiven() {
        TouchpointEvent e = event("zendesk-comment-added.json");
        assertThat(e.event()).isEqualTo("Ticket Updated");
        assertThat(e.text()).isEqualTo("Still broken today. Card ending 4242, Firefox on Windows.");
        assertThat(e.identifiers()).containsExactly(Identifier.of(IdentifierType.EMAIL, "ada@example.com"),
                Identifier.of(IdentifierType.ZENDESK_USER_ID, "8447388090494"));
        assertThat(e.properties()).containsEntry("zendesk_event", "comment_added")
                .containsEntry("comment_author_is_staff", false).containsEntry("comment_id", "41872263521150");
    }

    @Test
    void aStatusChangeToSolvedIsTicketSolved() {
        TouchpointEvent e = event("zendesk-status-solved.json");
        assertThat(e.event()).isEqualTo("Ticket Solved");
        assertThat(e.properties()).containsEntry("previous", "OPEN").containsEntry("current", "SOLVED");
        assertThat(e.text()).isNull();
    }

    @Test
    void anyOtherTicketChangeIsATicketUpdate() {
        TouchpointEvent e = event("zendesk-priority-changed.json");
        assertThat(e.event()).isEqualTo("Ticket Updated");
        assertThat(e.properties()).containsEntry("zendesk_event", "priority_changed").containsEntry("current", "URGENT");
    }

    @Test
    void aStatusChangeToOpenIsAnUpdateNotASolve() {
        ObjectNode reopened = (ObjectNode) Fixtures.json("zendesk-status-solved.json");
        ((ObjectNode) reopened.get("event")).put("current", "OPEN").put("previous", "SOLVED");
        assertThat(((ItemOutcome.Event) ZendeskEventMapper.map(reopened, NOW)).event().event()).isEqualTo("Ticket Updated");
    }

    @Test
    void nonTicketEventsAreAcknowledgedNotStored() {
        ObjectNode user = (ObjectNode) Fixtures.json("zendesk-ticket-created.json");
        user.put("type", "zen:event-type:user.active_changed");
        assertThat(ZendeskEventMapper.map(user, NOW)).isEqualTo(new ItemOutcome.Ignored("zen:event-type:user.active_changed"));
    }

    @Test
    void missingRequesterAndBadTimeAreNamedByField() {
        ObjectNode bad = (ObjectNode) Fixtures.json("zendesk-ticket-created.json");
        ((ObjectNode) bad.get("detail")).remove("requester_id");
        bad.put("time", "yesterday");
        assertThat(((ItemOutcome.Invalid) ZendeskEventMapper.map(bad, NOW)).violations())
                .extracting(v -> v.field() + ":" + v.rule())
                .containsExactlyInAnyOrder("detail.requester_id:required", "time:iso-8601");
    }

    @Test
    void aDescriptionLongerThanTheTextLimitIsCutAndFlagged() {
        ObjectNode big = (ObjectNode) Fixtures.json("zendesk-ticket-created.json");
        ((ObjectNode) big.get("detail")).put("description", "x".repeat(40_000));
        TouchpointEvent e = ((ItemOutcome.Event) ZendeskEventMapper.map(big, NOW)).event();
        assertThat(e.text()).hasSize(32 * 1024);
        assertThat(e.properties()).containsEntry("text_truncated", true);
    }
}
