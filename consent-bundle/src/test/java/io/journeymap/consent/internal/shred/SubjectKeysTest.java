package io.journeymap.consent.internal.shred;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.json.EventJson;
import io.journeymap.consent.internal.ledger.SubjectHasher;
import io.journeymap.journey.internal.JourneyStore;
import io.journeymap.journey.internal.StoreSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubjectKeysTest {

    @TempDir
    Path dir;

    private JourneyStore store;
    private SubjectKeys keys;

    @BeforeEach
    void open() throws Exception {
        store = JourneyStore.open(new StoreSettings("jdbc:h2:file:" + dir.resolve("s") + ";WRITE_DELAY=0", "sa", "", 2,
                1000));
        keys = new SubjectKeys(store.dataSource(), hasher(), Optional::of, Clock.systemUTC());
    }

    private SubjectHasher hasher() throws Exception {
        try (Connection c = store.dataSource().getConnection()) {
            return SubjectHasher.load(c);
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static TouchpointEvent event(String userId, String text) {
        return new TouchpointEvent("m-" + text.hashCode(), EventType.TRACK, "Chat", null, Map.of(), Map.of(),
                Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-01T10:00:00Z"), userId, null, null, null,
                List.of(Identifier.of(IdentifierType.USER_ID, userId)), EventContext.empty(), text,
                new EventSource("web", "site"));
    }

    @Test
    void aSealedRecordHoldsNeitherTheIdentifierNorTheText() {
        TouchpointEvent e = event("user-secret-1", "my card number is 4111");
        String record = keys.seal(List.of(e)).get(0);
        assertThat(record).doesNotContain("user-secret-1").doesNotContain("4111").contains("jm-sealed");
        assertThat(keys.recordKey(e)).doesNotContain("user-secret-1").hasSize(32);
        assertThat(keys.open(List.of(record)).get(0)).contains(e);
    }

    @Test
    void onePersonsEventsShareARecordKeySoTheyStayInOrderOnOnePartition() {
        assertThat(keys.recordKey(event("u-a", "one"))).isEqualTo(keys.recordKey(event("u-a", "two")))
                .isNotEqualTo(keys.recordKey(event("u-b", "one")));
    }

    @Test
    void anotherNodeReadsTheRecordsThroughTheSharedStore() throws Exception {
        String record = keys.seal(List.of(event("u-n", "hello"))).get(0);
        SubjectKeys otherNode = new SubjectKeys(store.dataSource(), hasher(), Optional::of, Clock.systemUTC());
        assertThat(otherNode.open(List.of(record)).get(0)).isPresent();
    }

    @Test
    void destroyingAPersonsKeyMakesOnlyTheirRecordsUnreadable() throws Exception {
        List<String> records = keys.seal(List.of(event("u-gone", "a"), event("u-stays", "b")));
        try (Connection c = store.dataSource().getConnection()) {
            List<String> destroyed = keys.destroy(c, List.of(Identifier.of(IdentifierType.USER_ID, "u-gone")));
            assertThat(destroyed).hasSize(1);
            keys.evict(destroyed);
        }
        List<Optional<TouchpointEvent>> opened = keys.open(records);
        assertThat(opened.get(0)).isEmpty();
        assertThat(opened.get(1)).isPresent();
        // a fresh node with a cold cache cannot read it either
        assertThat(new SubjectKeys(store.dataSource(), hasher(), Optional::of, Clock.systemUTC()).open(records).get(0)).isEmpty();
    }

    private static TouchpointEvent crmRecord(String messageId, Identifier... ids) {
        return new TouchpointEvent(messageId, EventType.TRACK, "Deal Stage Changed", null, Map.of(), Map.of(),
                Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-01T10:00:00Z"), null, null, null, null,
                List.of(ids), EventContext.empty(), null, new EventSource("hubspot", "acme"));
    }

    @Test
    void aCrmRecordWithOnlyTypedIdentifiersIsKeyedByItsPersonNotByItsMessageId() {
        Identifier contact = Identifier.of(IdentifierType.HUBSPOT_CONTACT_ID, "901");
        assertThat(keys.recordKey(crmRecord("hubspot:deals:1:stage:a", contact)))
                .isEqualTo(keys.recordKey(crmRecord("hubspot:deals:1:stage:b", contact)));
        // an email outranks the CRM id, whichever order the source listed them in
        Identifier email = Identifier.of(IdentifierType.EMAIL, "ann@example.com");
        assertThat(keys.recordKey(crmRecord("m-1", contact, email))).isEqualTo(keys.recordKey(crmRecord("m-2", email)));
    }

    @Test
    void erasingAPersonKnownOnlyByACrmIdMakesTheirCrmRecordsUnreadable() throws Exception {
        Identifier contact = Identifier.of(IdentifierType.SALESFORCE_CONTACT_ID, "003000000000001AAA");
        String record = keys.seal(List.of(crmRecord("salesforce:Contact:1", contact))).get(0);
        try (Connection c = store.dataSource().getConnection()) {
            keys.evict(keys.destroy(c, List.of(contact)));
        }
        assertThat(keys.open(List.of(record)).get(0)).isEmpty();
    }

    @Test
    void anIdentifierThatDoesNotNormaliseGivesWayToTheNextOne() throws Exception {
        SubjectKeys strict = new SubjectKeys(store.dataSource(), hasher(),
                id -> id.type() == IdentifierType.PHONE ? Optional.empty() : Optional.of(id), Clock.systemUTC());
        Identifier badPhone = Identifier.of(IdentifierType.PHONE, "not a number");
        Identifier contact = Identifier.of(IdentifierType.HUBSPOT_CONTACT_ID, "77");
        assertThat(strict.recordKey(crmRecord("m-1", badPhone, contact))).isEqualTo(strict.recordKey(crmRecord("m-2",
                contact)));
    }

    @Test
    void aRecordMovedUnderAnotherPersonsKeyFailsAuthentication() throws Exception {
        String mine = keys.seal(List.of(event("u-1", "x"))).get(0);
        keys.seal(List.of(event("u-2", "y")));
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) EventJson.mapper().readTree(mine);
        node.put("k", keys.recordKey(event("u-2", "y")));
        assertThat(keys.open(List.of(node.toString())).get(0)).isEmpty();
    }

    @Test
    void aPersonWhoReturnsAfterAnErasureGetsANewKeyAndTheOldRecordsStayUnreadable() throws Exception {
        String old = keys.seal(List.of(event("u-back", "before"))).get(0);
        try (Connection c = store.dataSource().getConnection()) {
            keys.evict(keys.destroy(c, List.of(Identifier.of(IdentifierType.USER_ID, "u-back"))));
        }
        String fresh = keys.seal(List.of(event("u-back", "after"))).get(0);
        List<Optional<TouchpointEvent>> opened = keys.open(List.of(old, fresh));
        assertThat(opened.get(0)).isEmpty();
        assertThat(opened.get(1)).isPresent();
    }

    @Test
    void plainCanonicalEventsStillOpenSoATopicCanMixOldAndNewRecords() {
        TouchpointEvent e = event("u-plain", "p");
        assertThat(keys.open(List.of(EventJson.write(e))).get(0)).contains(e);
    }

    @Test
    void aRecordThatIsNotAnEventIsUnreadableAndDoesNotStopTheOthers() {
        String good = keys.seal(List.of(event("u-ok", "fine"))).get(0);
        List<Optional<TouchpointEvent>> opened = keys.open(java.util.Arrays.asList("{oops", null, "[1]", good,
                "{\"jm-sealed\":1,\"k\":\"x\"}"));
        assertThat(opened).extracting(Optional::isPresent).containsExactly(false, false, false, true, false);
    }
}
