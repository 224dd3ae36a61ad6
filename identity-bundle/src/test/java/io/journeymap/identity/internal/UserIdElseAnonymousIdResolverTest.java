package io.journeymap.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserIdElseAnonymousIdResolverTest {

    private final UserIdElseAnonymousIdResolver resolver = new UserIdElseAnonymousIdResolver();

    private static TouchpointEvent event(String userId, String anonymousId, List<Identifier> ids) {
        return new TouchpointEvent("m1", EventType.TRACK, "Signed Up", null, null, null, Instant.EPOCH, Instant.EPOCH,
                userId, anonymousId, null, null, ids, null, null, new EventSource("test", "t"));
    }

    @Test
    void userIdWinsOverAnonymousId() {
        assertThat(resolver.resolveProfile(event("u-1", "a-1", null))).isEqualTo("u-1");
    }

    @Test
    void anonymousIdIsPrefixedSoItCannotCollideWithAUserId() {
        assertThat(resolver.resolveProfile(event(null, "u-1", null))).isEqualTo("anonymous:u-1");
    }

    @Test
    void firstIdentifierIsUsedWhenNeitherIdIsPresent() {
        assertThat(resolver.resolveProfile(event(null, null, List.of(Identifier.of(IdentifierType.EMAIL, "a@b.c")))))
                .isEqualTo("email:a@b.c");
    }

    @Test
    void eventNamingNoPersonIsRefused() {
        assertThatThrownBy(() -> resolver.resolveProfile(event(null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("m1");
    }
}
