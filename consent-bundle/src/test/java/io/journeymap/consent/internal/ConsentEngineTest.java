package io.journeymap.consent.internal;

import static io.journeymap.consent.internal.ConsentFixture.anon;
import static io.journeymap.consent.internal.ConsentFixture.email;
import static io.journeymap.consent.internal.ConsentFixture.track;
import static io.journeymap.consent.internal.ConsentFixture.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.api.consent.Admission;
import io.journeymap.api.consent.AuditQuery;
import io.journeymap.api.consent.ConsentAction;
import io.journeymap.api.consent.ConsentChange;
import io.journeymap.api.consent.ConsentDecision;
import io.journeymap.api.consent.ConsentRecord;
import io.journeymap.api.consent.EnforcementPoint;
import io.journeymap.api.consent.Purposes;
import io.journeymap.api.event.ConsentSignals;
import io.journeymap.api.event.TouchpointEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentEngineTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;

    private ConsentFixture fx;
    private ConsentEngine engine;

    @BeforeEach
    void open() {
        fx = new ConsentFixture(dir);
        engine = fx.engine(Map.of());
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void withoutAnySignalTheFallbackRegionUsDefaultPermitsAnalytics() {
        List<Admission> a = engine.admit(List.of(track(T0, anon("a-1"))));
        assertThat(a.get(0).outcome()).isEqualTo(Admission.Outcome.KEEP);
    }

    @Test
    void anEuVisitorWithoutConsentIsAnonymisedAndNeverReachesTheGraph() throws Exception {
        TouchpointEvent e = track("Viewed", T0, null, Map.of(), "Europe/Berlin", anon("a-eu"), email("eu@example.com"));
        List<String> profiles = fx.pipeline(engine, e);

        assertThat(profiles).isEmpty();
        assertThat(fx.graph.lookup(email("eu@example.com"))).isEmpty();
        // the journal keeps a stub without the person, so a retry stays a duplicate
        assertThat(count("SELECT COUNT(*) FROM journal_event")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM journal_event WHERE payload LIKE '%a-eu%' OR payload LIKE '%eu@%'"
                + " OR payload LIKE '%words of%' OR payload LIKE '%Europe%'")).isZero();
        assertThat(count("SELECT SUM(events) FROM anonymous_count WHERE reason = 'consent'")).isEqualTo(1);
        assertThat(engine.audit(new AuditQuery(EnforcementPoint.INGEST, Purposes.ANALYTICS, List.of(), false, 10)))
                .singleElement().satisfies(x -> {
                    assertThat(x.reason()).contains("default:EU:opt_in");
                    assertThat(x.subject()).startsWith("h:");
                });
        // a sender's retry is a duplicate; a redelivered batch is not counted twice
        assertThat(fx.store.journal().append(List.of(e)).toCompletableFuture().get().duplicates()).isEqualTo(1);
        engine.admit(List.of(e));
        fx.store.journal().discard(List.of(e), true);
        assertThat(count("SELECT SUM(events) FROM anonymous_count WHERE reason = 'consent'")).isEqualTo(1);
    }

    @Test
    void theDropPolicyKeepsNotEvenACount() throws Exception {
        engine = fx.engine(Map.of("ingest.policy", "drop"));
        fx.pipeline(engine, track("Viewed", T0, null, Map.of(), "Europe/Paris", anon("a-drop")));
        assertThat(count("SELECT COUNT(*) FROM journal_event")).isZero();
        assertThat(count("SELECT COUNT(*) FROM anonymous_count")).isZero();
    }

    @Test
    void aGrantCarriedByTheEventAdmitsItAndALaterRevocationWithholdsTheNext() throws Exception {
        TouchpointEvent granted = track("Viewed", T0, new ConsentSignals(Map.of("Analytics", true), null, null),
                Map.of(), "Europe/Berlin", anon("a-2"), email("ann@example.com"));
        assertThat(fx.pipeline(engine, granted)).hasSize(1);

        engine.record(List.of(email("Ann@Example.com")), List.of(new ConsentChange(Purposes.ANALYTICS,
                ConsentAction.REVOKED, T0.plusSeconds(60), "cmp:onetrust", "consent", "{}")), "DE");

        Admission next = engine.admit(List.of(track(T0.plusSeconds(120), anon("a-2")))).get(0);
        assertThat(next.outcome()).isEqualTo(Admission.Outcome.ANONYMISE);
        assertThat(next.reason()).contains("revoked by cmp:onetrust");
    }

    @Test
    void theLatestSignalByEventTimeWinsNotTheLatestToArrive() {
        engine.record(List.of(user("u-1")), List.of(new ConsentChange(Purposes.ANALYTICS, ConsentAction.GRANTED,
                T0.plusSeconds(100), "cmp", "consent", "")), "US");
        engine.record(List.of(user("u-1")), List.of(new ConsentChange(Purposes.ANALYTICS, ConsentAction.DENIED,
                T0, "crm", "consent", "")), "US");
        assertThat(engine.state(user("u-1")).get(Purposes.ANALYTICS).granted()).isTrue();
    }

    @Test
    void preferencesRepeatedOnEveryEventAreRecordedOnceAndAChangeAgain() {
        for (int i = 0; i < 5; i++) {
            engine.admit(List.of(track("Viewed", T0.plusSeconds(i), new ConsentSignals(Map.of("Analytics", true), null,
                    null), Map.of(), null, user("u-rep"))));
        }
        engine.admit(List.of(track("Viewed", T0.plusSeconds(9), new ConsentSignals(Map.of("Analytics", false), null,
                null), Map.of(), null, user("u-rep"))));
        assertThat(engine.history(user("u-rep"))).extracting(r -> r.change().action())
                .containsExactly(ConsentAction.GRANTED, ConsentAction.REVOKED);
    }

    @Test
    void aRepeatedRefusalStillOutranksALateGrantFromBeforeIt() {
        engine.admit(List.of(track("Viewed", T0.plusSeconds(10), new ConsentSignals(Map.of("Analytics", false), null,
                null), Map.of(), null, user("u-late"))));
        engine.admit(List.of(track("Viewed", T0.plusSeconds(30), new ConsentSignals(Map.of("Analytics", false), null,
                null), Map.of(), null, user("u-late"))));
        // a grant given at t=20 arrives last (an offline mobile queue)
        engine.admit(List.of(track("Viewed", T0.plusSeconds(20), new ConsentSignals(Map.of("Analytics", true), null,
                null), Map.of(), null, user("u-late"))));
        var analytics = engine.state(user("u-late")).get(Purposes.ANALYTICS);
        assertThat(analytics.granted()).isFalse();
        assertThat(analytics.latest().confirmedAt()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void aSignalFromTheFutureCountsAsGivenWhenItArrived() {
        Instant now = Instant.now();
        TouchpointEvent e = new TouchpointEvent("m-future", io.journeymap.api.event.EventType.TRACK, "Viewed", null,
                Map.of(), Map.of(), now.plusSeconds(86_400 * 365L), now, "u-future", null, null, null, List.of(user("u-future")),
                new io.journeymap.api.event.EventContext(null, null, Map.of(), null, null, null, null,
                        new ConsentSignals(Map.of("Analytics", true), null, null), Map.of()), null,
                new io.journeymap.api.event.EventSource("web", "site"));
        engine.admit(List.of(e));
        assertThat(engine.history(user("u-future")).get(0).change().eventTime())
                .isBefore(now.plus(ConsentEngine.MAX_SKEW).plusSeconds(1));
    }

    @Test
    void anEventsOwnRefusalDecidesItEvenWithoutAValidIdentifier() {
        TouchpointEvent e = track("Viewed", T0, new ConsentSignals(Map.of("Analytics", false), null, null), Map.of(),
                null, email("not-an-email"));
        assertThat(engine.admit(List.of(e)).get(0).outcome()).isEqualTo(Admission.Outcome.ANONYMISE);
    }

    @Test
    void withheldEventsOfOnePersonInABatchShareOneAuditEntry() {
        engine.admit(List.of(track("Viewed", T0, null, Map.of(), "Europe/Oslo", anon("a-many")),
                track("Viewed", T0.plusSeconds(1), null, Map.of(), "Europe/Oslo", anon("a-many")),
                track("Viewed", T0.plusSeconds(2), null, Map.of(), "Europe/Oslo", anon("a-other"))));
        assertThat(engine.audit(new AuditQuery(EnforcementPoint.INGEST, null, List.of(), false, 10)))
                .extracting(a -> a.detail()).containsExactly("1 event from web/site anonymise",
                        "2 events from web/site anonymise");
    }

    @Test
    void aRefusalAfterAGrantIsRecordedAsARevocation() {
        engine.admit(List.of(track("Viewed", T0, new ConsentSignals(Map.of("Advertising", true), null, null), Map.of(),
                null, user("u-rev"))));
        engine.admit(List.of(track("Viewed", T0.plusSeconds(5), new ConsentSignals(Map.of("Advertising", false), null,
                null), Map.of(), null, user("u-rev"))));
        assertThat(engine.history(user("u-rev"))).extracting(r -> r.change().action())
                .containsExactly(ConsentAction.GRANTED, ConsentAction.REVOKED);
    }

    @Test
    void globalPrivacyControlRefusesAdvertisingAndNothingElse() {
        Admission a = engine.admit(List.of(track("Viewed", T0, new ConsentSignals(null, null, true), Map.of(), null,
                anon("a-gpc")))).get(0);
        assertThat(a.outcome()).isEqualTo(Admission.Outcome.KEEP);
        var state = engine.state(anon("a-gpc"));
        assertThat(state.get(Purposes.ADVERTISING).granted()).isFalse();
        assertThat(state.get(Purposes.ADVERTISING).latest().change().source()).isEqualTo("gpc");
        assertThat(state.get(Purposes.ANALYTICS).granted()).isTrue();
    }

    @Test
    void aCrmEmailOptOutTraitRefusesEmailMarketing() {
        engine.admit(List.of(track("Contact Updated", T0, null, Map.of("hs_email_optout", true), null,
                email("opt@example.com"))));
        var s = engine.state(email("opt@example.com")).get(Purposes.EMAIL_MARKETING);
        assertThat(s.granted()).isFalse();
        assertThat(s.latest().change().evidence()).isEqualTo("hs_email_optout=true");
    }

    @Test
    void anEmailUnsubscribeEventRefusesEmailMarketing() {
        engine.admit(List.of(track("spamreport", T0, null, Map.of(), null, email("spam@example.com"))));
        assertThat(engine.state(email("spam@example.com")).get(Purposes.EMAIL_MARKETING).granted()).isFalse();
    }

    @Test
    void consentFollowsThePersonAcrossTheirIdentifiers() throws Exception {
        fx.pipeline(engine, track(T0, anon("a-3"), email("bob@example.com")));
        engine.record(List.of(email("bob@example.com")), List.of(new ConsentChange(Purposes.ANALYTICS,
                ConsentAction.DENIED, T0.plusSeconds(1), "cmp", "consent", "")), null);
        Admission a = engine.admit(List.of(track(T0.plusSeconds(2), anon("a-3")))).get(0);
        assertThat(a.outcome()).isEqualTo(Admission.Outcome.ANONYMISE);
        assertThat(engine.audit(new AuditQuery(EnforcementPoint.INGEST, null, List.of(), false, 5)).get(0).subject())
                .startsWith("p-");
    }

    @Test
    void aRedeliveredEventRecordsItsSignalsOnce() {
        TouchpointEvent e = track("Viewed", T0, new ConsentSignals(Map.of("Analytics", true, "Advertising", false),
                null, true), Map.of(), null, user("u-dup"));
        engine.admit(List.of(e));
        List<ConsentRecord> first = engine.history(user("u-dup"));
        engine.admit(List.of(e));
        // analytics granted, advertising refused (GPC repeats the refusal: the ledger records changes only)
        assertThat(first).extracting(r -> r.change().purpose())
                .containsExactlyInAnyOrder(Purposes.ANALYTICS, Purposes.ADVERTISING);
        assertThat(engine.history(user("u-dup"))).isEqualTo(first);
    }

    @Test
    void anUnreadableTcStringIsAuditedAndTheEventStillFlows() {
        Admission a = engine.admit(List.of(track("Viewed", T0, new ConsentSignals(null, "not-a-tc-string!", null),
                Map.of(), null, user("u-tc")))).get(0);
        assertThat(a.outcome()).isEqualTo(Admission.Outcome.KEEP);
        assertThat(engine.audit(new AuditQuery(EnforcementPoint.INGEST, "signal", List.of(), false, 5)))
                .singleElement().satisfies(x -> assertThat(x.reason()).startsWith("signal rejected: tcString")
                        .doesNotContain("not-a-tc-string"));
    }

    @Test
    void everyScoringAndActivationCheckIsAuditedWithItsReason() throws Exception {
        String profile = fx.pipeline(engine, track(T0, user("u-chk"))).get(0);
        engine.record(List.of(user("u-chk")), List.of(new ConsentChange(Purposes.EMAIL_MARKETING,
                ConsentAction.GRANTED, T0, "cmp", "consent", "")), null);

        ConsentDecision email = engine.check(profile, Purposes.EMAIL_MARKETING, EnforcementPoint.ACTIVATION, "hubspot");
        ConsentDecision sms = engine.check(profile, Purposes.SMS_MARKETING, EnforcementPoint.ACTIVATION, "sms");
        assertThat(email.permitted()).isTrue();
        assertThat(email.reason()).startsWith("granted by cmp");
        assertThat(sms.permitted()).isTrue();
        assertThat(sms.reason()).isEqualTo("default:US:opt_out");
        assertThat(engine.audit(new AuditQuery(EnforcementPoint.ACTIVATION, null, List.of(profile), null, 10))).hasSize(2);
    }

    @Test
    void scoringIsPermittedAfterAGrantAndWithheldAfterTheRevocation() throws Exception {
        // the banner granted personalization but not analytics: opt-in in the EU, so the event is withheld
        assertThat(fx.pipeline(engine, track("Viewed", T0, new ConsentSignals(Map.of("Personalization", true),
                null, null), Map.of(), "Europe/Rome", user("u-score")))).isEmpty();
        engine.record(List.of(user("u-score")), List.of(new ConsentChange(Purposes.ANALYTICS, ConsentAction.GRANTED,
                T0.plusSeconds(1), "cmp", "consent", "")), "IT");
        String profile = fx.pipeline(engine, track(T0.plusSeconds(2), user("u-score"))).get(0);

        assertThat(engine.check(profile, Purposes.PERSONALIZATION, EnforcementPoint.SCORING, "propensity").permitted())
                .isTrue();
        engine.record(List.of(user("u-score")), List.of(new ConsentChange(Purposes.PERSONALIZATION,
                ConsentAction.REVOKED, T0.plusSeconds(3), "cmp", "consent", "")), "IT");
        ConsentDecision after = engine.check(profile, Purposes.PERSONALIZATION, EnforcementPoint.SCORING, "propensity");

        assertThat(after.permitted()).isFalse();
        assertThat(after.reason()).startsWith("revoked by cmp");
        assertThat(engine.audit(new AuditQuery(EnforcementPoint.SCORING, null, List.of(profile), null, 10)))
                .extracting(a -> a.permitted()).containsExactly(false, true);
    }

    @Test
    void anUnknownOrErasedProfileIsNeverPermitted() {
        ConsentDecision d = engine.check("p-gone", Purposes.ANALYTICS, EnforcementPoint.SCORING, "propensity");
        assertThat(d.permitted()).isFalse();
        assertThat(d.reason()).isEqualTo("unknown or erased profile");
    }

    @Test
    void aChangeForAnUnconfiguredPurposeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> engine.record(List.of(user("u-x")), List.of(new ConsentChange("telepathy",
                ConsentAction.GRANTED, T0, "cmp", "consent", "")), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("changes[0].purpose: ");
    }

    @Test
    void aUsRegionOverrideMakesSmsOptIn() {
        engine = fx.engine(Map.of("region.default.US.sms_marketing", "opt_in"));
        engine.record(List.of(user("u-sms")), List.of(new ConsentChange(Purposes.ANALYTICS, ConsentAction.GRANTED,
                T0, "cmp", "consent", "")), "US");
        assertThat(engine.state(user("u-sms")).get(Purposes.SMS_MARKETING).granted()).isFalse();
        assertThat(engine.state(user("u-sms")).get(Purposes.EMAIL_MARKETING).granted()).isTrue();
    }

    @Test
    void ledgerRecordsKeepTheSubjectsTheSignalCameWith() {
        List<ConsentRecord> r = engine.record(List.of(user("u-s"), email("S@Example.com")), List.of(new ConsentChange(
                Purposes.ANALYTICS, ConsentAction.GRANTED, T0, "cmp", "consent", "")), null);
        assertThat(engine.history(email("s@example.com"))).singleElement()
                .satisfies(x -> assertThat(x.entryId()).isEqualTo(r.get(0).entryId()));
    }

    private long count(String sql) throws Exception {
        try (Connection c = fx.store.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
