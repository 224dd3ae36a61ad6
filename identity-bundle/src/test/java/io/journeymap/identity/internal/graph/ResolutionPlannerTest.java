package io.journeymap.identity.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResolutionPlannerTest {

    private final AtomicInteger ids = new AtomicInteger();
    private final ResolutionPlanner planner = new ResolutionPlanner(IdentityRules.defaults(), () -> "p" + ids.incrementAndGet());
    private final GraphState state = new GraphState();
    private final GraphChanges changes = new GraphChanges();

    private static Identifier user(String v) {
        return Identifier.of(IdentifierType.USER_ID, v);
    }

    private static Identifier anon(String v) {
        return Identifier.of(IdentifierType.ANONYMOUS_ID, v);
    }

    private static Identifier email(String v) {
        return Identifier.of(IdentifierType.EMAIL, v);
    }

    private String resolve(Identifier... keys) {
        return planner.resolve(List.of(keys), new EventRef("web", "m" + ids.get()), state, changes);
    }

    @Test
    void identifiersSeenTogetherJoinOneNewProfile() {
        String p = resolve(anon("a1"), email("ann@example.com"));

        assertThat(p).isEqualTo("p1");
        assertThat(state.members("p1")).containsExactlyInAnyOrder(anon("a1"), email("ann@example.com"));
        assertThat(changes.newProfiles).containsExactly("p1");
    }

    @Test
    void identifyAttachesTheUserIdToTheAnonymousVisitor() {
        String visitor = resolve(anon("a1"));
        String identified = resolve(anon("a1"), user("u1"));

        assertThat(identified).isEqualTo(visitor);
        assertThat(state.owner(user("u1"))).isEqualTo(visitor);
        assertThat(changes.refusals).isEmpty();
    }

    @Test
    void aSecondUserOnTheSameBrowserIsASecondPerson() {
        String ann = resolve(anon("shared"), user("ann"));
        String bob = resolve(anon("shared"), user("bob"));

        assertThat(bob).isNotEqualTo(ann);
        assertThat(state.owner(anon("shared"))).isEqualTo(ann);
        assertThat(state.members(bob)).containsExactly(user("bob"));
        assertThat(changes.merges).isEmpty();
        assertThat(changes.refusals).singleElement().satisfies(r -> {
            assertThat(r.profileId()).isEqualTo(bob);
            assertThat(r.other()).isEqualTo(ann);
            assertThat(r.rule()).isEqualTo("limit:user_id=1");
            assertThat(r.evidence()).containsExactly(IdentifierType.ANONYMOUS_ID);
        });
    }

    @Test
    void twoEmailsSeenOnlyThroughTheSameBrowserAreTwoPeople() {
        String ann = resolve(anon("shared"), email("ann@example.com"));
        String bob = resolve(anon("shared"), email("bob@example.com"));

        assertThat(bob).isNotEqualTo(ann);
        assertThat(changes.refusals).singleElement()
                .satisfies(r -> assertThat(r.rule()).isEqualTo("shared-device:anonymous_id"));
    }

    @Test
    void anEventNamingTwoKnownProfilesMergesThemWithEvidence() {
        String crm = resolve(email("ann@example.com"));
        String app = resolve(user("ann"));
        String merged = resolve(user("ann"), email("ann@example.com"));

        assertThat(merged).isEqualTo(app);
        assertThat(state.owner(email("ann@example.com"))).isEqualTo(app);
        assertThat(changes.merges).singleElement().satisfies(m -> {
            assertThat(m.survivor()).isEqualTo(app);
            assertThat(m.absorbed()).isEqualTo(crm);
            assertThat(m.evidence()).containsExactly(IdentifierType.EMAIL);
        });
    }

    @Test
    void aMergeThatWouldGiveOnePersonTwoUserIdsIsRefusedAndRecorded() {
        String ann = resolve(user("ann"), email("family@example.com"));
        String bob = resolve(user("bob"));
        String event = resolve(user("bob"), email("family@example.com"));

        assertThat(event).isEqualTo(bob);
        assertThat(state.owner(email("family@example.com"))).isEqualTo(ann);
        assertThat(changes.merges).isEmpty();
        assertThat(changes.refusals).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("limit:user_id=1");
            assertThat(r.other()).isEqualTo(ann);
        });
    }

    @Test
    void aJoinBeyondTheTypesLimitIsRefusedAndTheIdentifierStaysUnlinked() {
        ResolutionPlanner strict = new ResolutionPlanner(IdentityRules.defaults().with(IdentifierType.ANONYMOUS_ID, 10, 2),
                () -> "p" + ids.incrementAndGet());
        EventRef e = new EventRef("web", "m");
        String p = strict.resolve(List.of(user("u"), anon("a1"), anon("a2")), e, state, changes);
        strict.resolve(List.of(user("u"), anon("a3")), e, state, changes);

        assertThat(state.members(p)).containsExactlyInAnyOrder(user("u"), anon("a1"), anon("a2"));
        assertThat(state.owner(anon("a3"))).isNull();
        assertThat(changes.refusals).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("limit:anonymous_id=2");
            assertThat(r.other()).isNull();
        });
    }

    @Test
    void profilesAnAdminSeparatedAreNotMergedAgain() {
        String a = resolve(email("ann@example.com"));
        String b = resolve(user("ann"));
        state.loadSeparation(a, b);

        resolve(user("ann"), email("ann@example.com"));

        assertThat(changes.merges).isEmpty();
        assertThat(changes.refusals).singleElement()
                .satisfies(r -> assertThat(r.rule()).isEqualTo("separated-by-unmerge"));
    }

    @Test
    void theSameRefusalHasTheSameKeySoItIsLoggedOnce() {
        resolve(anon("shared"), user("ann"));
        resolve(anon("shared"), user("bob"));
        resolve(anon("shared"), user("bob"));

        assertThat(changes.refusals).hasSize(2);
        assertThat(changes.refusals.get(0).refusalKey()).isEqualTo(changes.refusals.get(1).refusalKey());
    }
}
