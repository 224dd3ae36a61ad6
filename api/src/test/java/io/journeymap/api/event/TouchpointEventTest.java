package io.journeymap.api.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TouchpointEventTest {

    private static TouchpointEvent event(String userId, String anonymousId, Identifier... ids) {
        return new TouchpointEvent("m-1", EventType.TRACK, "Viewed", null, Map.of(), Map.of(),
                Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-01T10:00:00Z"), userId, anonymousId, null,
                null, List.of(ids), EventContext.empty(), null, new EventSource("web", "site"));
    }

    @Test
    void everyIdentifierTypeCanKeyAPartitionSoNoPersonFallsBackToAKeyOfItsOwn() {
        for (IdentifierType type : IdentifierType.values()) {
            Identifier only = Identifier.of(type, "v");
            assertThat(event(null, null, only).partitionIdentifiers()).as(type.wireName()).containsExactly(only);
        }
    }

    @Test
    void theUserIdComesFirstThenStrongIdentifiersThenBrowserIdsThenClickIds() {
        Identifier gclid = Identifier.of(IdentifierType.GCLID, "g");
        Identifier cookie = Identifier.of(IdentifierType.COOKIE_ID, "c");
        Identifier hubspot = Identifier.of(IdentifierType.HUBSPOT_CONTACT_ID, "h");
        Identifier email = Identifier.of(IdentifierType.EMAIL, "e@example.com");
        assertThat(event("u", "a", gclid, cookie, hubspot, email).partitionIdentifiers()).containsExactly(
                Identifier.of(IdentifierType.USER_ID, "u"), email, hubspot, Identifier.of(IdentifierType.ANONYMOUS_ID, "a"),
                cookie, gclid);
    }

    @Test
    void theUserIdListedAmongTheIdentifiersIsNotRepeated() {
        Identifier user = Identifier.of(IdentifierType.USER_ID, "u");
        assertThat(event("u", null, user).partitionIdentifiers()).containsExactly(user);
    }

    @Test
    void anEventThatNamesNoPersonHasNoPartitionIdentifier() {
        assertThat(event(null, null).partitionIdentifiers()).isEmpty();
    }
}
