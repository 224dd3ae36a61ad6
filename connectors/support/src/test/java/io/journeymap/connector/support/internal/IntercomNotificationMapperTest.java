package io.journeymap.connector.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.camel.ItemOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntercomNotificationMapperTest {

    private static final Instant NOW = Instant.parse("2025-11-28T16:00:00Z");

    private static TouchpointEvent event(String fixture) {
        ItemOutcome outcome = IntercomNotificationMapper.map(Fixtures.json(fixture), NOW);
        assertThat(outcome).isInstanceOf(ItemOutcome.Event.class);
        return ((ItemOutcome.Event) outcome).event();
    }

    @Test
    void aConversationTheCustomerStartsCarriesTheirTextWithoutHtmlAndEveryIdentifier() {
        TouchpointEvent e = event("intercom-conversation-user-created.json");
        assertThat(e.event()).isEqualTo("Conversation Started");
        assertThat(e.text()).isEqualTo("Hi! I can't find the export button on the reports page.\nIs it gone?");
        assertThat(e.identifiers()).containsExactly(
                Identifier.of(IdentifierType.INTERCOM_CONTACT_ID, "5ba682d23d7cf92bef87bfd4"),
                Identifier.of(IdentifierType.USER_ID, "user-70"),
                Identifier.of(IdentifierType.EMAIL, "ada@example.com"));
        assertThat(e.userId()).isEqualTo("user-70");
        assertThat(e.timestamp()).isEqualTo(Instant.ofEpochSecond(1764321121));
        assertThat(e.messageId()).isEqualTo("intercom-147000012345-start");
        assertThat(e.context().page()).containsEntry("url", "https://app.example.com/reports");
        assertThat(e.source().key()).isEqualTo("support/intercom");
    }

    @Test
    void theCustomersReplyIsAChatMessageKeyedByItsPart() {
        TouchpointEvent e = event("intercom-conversation-user-replied.json");
        assertThat(e.event()).isEqualTo("Chat Message");
        assertThat(e.text()).isEqualTo("Found it under Settings, thanks a lot!");
        assertThat(e.messageId()).isEqualTo("intercom-147000012345-part-19950001");
        assertThat(e.timestamp()).isEqualTo(Instant.ofEpochSecond(1764321900));
        assertThat(e.properties()).containsEntry("author_type", "user").containsEntry("part_id", "19950001");
    }

    @Test
    void anAdminReplyIsConversationRepliedAndTheAdminsEmailIsNeverTheCustomers() {
        TouchpointEvent e = event("intercom-conversation-admin-replied.json");
        assertThat(e.event()).isEqualTo("Conversation Replied");
        assertThat(e.text()).isEqualTo("Hi Ada, it moved to Settings > Export.");
        assertThat(e.properties()).containsEntry("author_type", "admin");
        assertThat(e.identifiers()).extracting(Identifier::value).doesNotContain("grace@support.example.com", "814860")
                .contains("ada@example.com", "user-70");
    }

    @Test
    void pingAndOtherTopicsAreAcknowledgedNotStored() {
        assertThat(IntercomNotificationMapper.map(Fixtures.json("intercom-ping.json"), NOW))
                .isEqualTo(new ItemOutcome.Ignored("ping"));
        ObjectNode noted = (ObjectNode) Fixtures.json("intercom-conversation-admin-replied.json");
        noted.put("topic", "conversation.admin.noted");
        assertThat(IntercomNotificationMapper.map(noted, NOW)).isInstanceOf(ItemOutcome.Ignored.class);
    }

    @Test
    void aReplyWithoutItsPartOrAContactIsNamedByField() {
        ObjectNode bad = (ObjectNode) Fixtures.json("intercom-conversation-user-replied.json");
        ObjectNode item = (ObjectNode) bad.at("/data/item");
        item.remove("contacts");
        item.remove("source");
        ((ObjectNode) item.get("conversation_parts")).putArray("conversation_parts");
        assertThat(((ItemOutcome.Invalid) IntercomNotificationMapper.map(bad, NOW)).violations())
                .extracting(v -> v.field())
                .contains("data.item.conversation_parts.conversation_parts", "data.item.contacts");
    }

    @Test
    void theOlderApiShapeWithItemUserIsUnderstood() {
        ObjectNode old = (ObjectNode) Fixtures.json("intercom-conversation-user-created.json");
        ObjectNode item = (ObjectNode) old.at("/data/item");
        item.remove("contacts");
        ((ObjectNode) item.get("source")).remove("author");
        item.putObject("user").put("type", "user").put("id", "5ba682d23d7cf92bef87bfd4").put("user_id", "user-70")
                .put("email", "ada@example.com");
        TouchpointEvent e = ((ItemOutcome.Event) IntercomNotificationMapper.map(old, NOW)).event();
        assertThat(e.identifier(IdentifierType.USER_ID)).contains("user-70");
        assertThat(e.identifier(IdentifierType.EMAIL)).contains("ada@example.com");
    }
}
