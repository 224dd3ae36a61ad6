package io.journeymap.consent.internal;

import static io.journeymap.consent.internal.ConsentFixture.anon;
import static io.journeymap.consent.internal.ConsentFixture.email;
import static io.journeymap.consent.internal.ConsentFixture.track;
import static io.journeymap.consent.internal.ConsentFixture.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.api.consent.Admission;
import io.journeymap.api.consent.ConsentAction;
import io.journeymap.api.consent.ConsentChange;
import io.journeymap.api.consent.Purposes;
import io.journeymap.api.event.ConsentSignals;
import io.journeymap.api.json.EventJson;
import io.journeymap.api.privacy.ErasureReport;
import io.journeymap.api.privacy.PersonalDataStore;
import io.journeymap.consent.internal.shred.SubjectKeys;
import io.journeymap.identity.internal.privacy.IdentityPersonalData;
import io.journeymap.journey.internal.JourneyPersonalData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final List<String> PERSONAL = List.of("u-erase", "a-erase-1", "a-erase-2", "erase.me@example.com",
            "words of a-erase");

    @TempDir
    Path dir;

    private ConsentFixture fx;
    private ConsentEngine engine;
    private PrivacyService privacy;
    private SubjectKeys keys;

    @BeforeEach
    void open() throws Exception {
        fx = new ConsentFixture(dir);
        engine = fx.engine(Map.of());
        keys = new SubjectKeys(fx.store.dataSource(), engine.hasher(), fx.graph::normalize, Clock.systemUTC());
        List<PersonalDataStore> stores = List.of(IdentityPersonalData.over(fx.store.dataSource()),
                JourneyPersonalData.over(fx.store.dataSource()));
        privacy = new PrivacyService(engine, keys, () -> stores, Set.of("identity",
                "journey"), Clock.systemUTC());
        // one person across two anonymous ids merged by a user id, with consent history and an audit trail
        fx.pipeline(engine,
                track("Viewed", T0, new ConsentSignals(Map.of("Analytics", true), null, null), Map.of(), null,
                        anon("a-erase-1"), user("u-erase")),
                track(T0.plusSeconds(1), anon("a-erase-2")),
                track("Signed Up", T0.plusSeconds(2), null, Map.of("email", "erase.me@example.com"), null,
                        anon("a-erase-2"), user("u-erase"), email("erase.me@example.com")),
                track(T0.plusSeconds(3), anon("someone-else")));
        engine.record(List.of(email("erase.me@example.com")), List.of(new ConsentChange(Purposes.ADVERTISING,
                ConsentAction.DENIED, T0.plusSeconds(4), "cmp", "consent", "")), null);
        String profile = fx.graph.lookup(user("u-erase")).orElseThrow().profileId();
        engine.check(profile, Purposes.EMAIL_MARKETING, io.journeymap.api.consent.EnforcementPoint.ACTIVATION, "email");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void anExportHoldsEverythingTheStoresHoldAboutThePerson() throws Exception {
        String json = EventJson.mapper().writeValueAsString(privacy.export(email("Erase.Me@example.com")));
        for (String value : PERSONAL) {
            assertThat(json).contains(value);
        }
        assertThat(json).doesNotContain("someone-else");
        Map<String, Object> doc = privacy.export(user("u-erase"));
        assertThat(doc).containsKeys("subject", "identity", "journey", "consent");
        assertThat(((List<?>) ((Map<?, ?>) doc.get("journey")).get("events"))).hasSize(3);
        // everything the table scan finds before erasure is in the export
        for (String value : scanFor(PERSONAL)) {
            assertThat(json).contains(value);
        }
    }

    @Test
    void erasureLeavesNoIdentifierOrTextInAnyTable() throws Exception {
        assertThat(scanFor(PERSONAL)).containsExactlyInAnyOrderElementsOf(PERSONAL);

        ErasureReport r = privacy.erase(anon("a-erase-1"), false);

        assertThat(r.profiles()).isGreaterThanOrEqualTo(1);
        assertThat(r.erased()).containsEntry("journey.timeline_event", 3L).containsEntry("journey.journal_event", 3L);
        assertThat(scanFor(PERSONAL)).isEmpty();
        assertThat(scanFor(List.of("someone-else"))).containsExactly("someone-else");
        assertThat(count("SELECT SUM(events) FROM anonymous_count WHERE reason = 'erasure'")).isEqualTo(3);
    }

    @Test
    void erasureMakesThePersonsSealedEventsUnreadable() {
        var sealed = keys.seal(List.of(track(T0, user("u-erase")), track(T0, user("someone-else"))));
        assertThat(keys.open(sealed)).allMatch(java.util.Optional::isPresent);

        ErasureReport r = privacy.erase(email("erase.me@example.com"), false);

        assertThat(r.erased()).containsEntry("consent.subject_key", 1L);
        var opened = keys.open(sealed);
        assertThat(opened.get(0)).isEmpty();
        assertThat(opened.get(1)).isPresent();
    }

    @Test
    void anErasedIdentifierThatArrivesAgainStartsAFreshProfile() throws Exception {
        String before = fx.graph.lookup(user("u-erase")).orElseThrow().profileId();
        privacy.erase(user("u-erase"), false);

        String after = fx.pipeline(engine, track(Instant.now().plusSeconds(1), user("u-erase"))).get(0);

        assertThat(after).isNotEqualTo(before);
        assertThat(fx.graph.profile(after).orElseThrow().identifiers()).containsExactly(user("u-erase"));
        assertThat(fx.graph.mergeLog(after)).isEmpty();
        assertThat(engine.history(user("u-erase"))).isEmpty();
    }

    @Test
    void anEventInFlightWhenItsPersonWasErasedIsDroppedNotResolvedAgain() throws Exception {
        // received before the erasure, judged after it (the pipeline had read it already)
        var inFlight = track(Instant.now().minusSeconds(1), anon("a-erase-2"), user("u-erase"));
        privacy.erase(user("u-erase"), false);

        Admission a = engine.admit(List.of(inFlight)).get(0);

        assertThat(a.outcome()).isEqualTo(Admission.Outcome.DROP);
        assertThat(a.reason()).isEqualTo("received before its person's erasure");
        assertThat(engine.admit(List.of(track(Instant.now().plusSeconds(1), user("u-erase")))).get(0).outcome())
                .isEqualTo(Admission.Outcome.KEEP);
    }

    @Test
    void aSuppressedPersonIsDroppedAtIngest() throws Exception {
        privacy.erase(user("u-erase"), true);

        Admission a = engine.admit(List.of(track(T0.plusSeconds(10), anon("a-new"), email("Erase.Me@example.com"))))
                .get(0);

        assertThat(a.outcome()).isEqualTo(Admission.Outcome.DROP);
        assertThat(a.reason()).isEqualTo("suppressed after erasure");
        assertThat(scanFor(PERSONAL)).isEmpty();
        // an anonymous id may be a shared browser's: it is not suppressed, the next visitor on it is kept
        assertThat(engine.admit(List.of(track(Instant.now().plusSeconds(1), anon("a-erase-2")))).get(0).outcome())
                .isEqualTo(Admission.Outcome.KEEP);
    }

    @Test
    void aSharedBrowsersAnonymousIdDoesNotPullAnotherPersonIntoTheRequest() throws Exception {
        // someone else signs in on the same browser and consents; their signal also binds the shared anonymous id
        fx.pipeline(engine, track("Viewed", T0.plusSeconds(20), new ConsentSignals(Map.of("Advertising", false), null,
                null), Map.of(), null, anon("a-erase-1"), user("u-other")));
        assertThat(EventJson.mapper().writeValueAsString(privacy.export(email("erase.me@example.com"))))
                .doesNotContain("u-other");

        privacy.erase(email("erase.me@example.com"), false);

        assertThat(engine.history(user("u-other"))).isNotEmpty();
        assertThat(engine.state(user("u-other")).get(Purposes.ADVERTISING).granted()).isFalse();
    }

    @Test
    void aRequestRefusesToRunWhileARequiredStoreIsMissing() {
        PrivacyService partial = new PrivacyService(engine, keys, List::of, Set.of("identity", "journey"),
                Clock.systemUTC());
        assertThatThrownBy(() -> partial.erase(user("u-erase"), false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("identity");
        assertThat(fx.graph.lookup(user("u-erase"))).isPresent();
    }

    /** Every value of every row of every table, searched for the given strings. */
    private List<String> scanFor(List<String> needles) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = fx.store.dataSource().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).isNotEmpty();
            for (String table : tables) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String v = String.valueOf(rs.getObject(i)).toLowerCase(Locale.ROOT);
                            for (String n : needles) {
                                if (v.contains(n.toLowerCase(Locale.ROOT)) && !found.contains(n)) {
                                    found.add(n);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private long count(String sql) throws Exception {
        try (Connection c = fx.store.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
