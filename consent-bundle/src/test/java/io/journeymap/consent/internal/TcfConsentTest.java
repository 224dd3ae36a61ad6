package io.journeymap.consent.internal;

import static io.journeymap.consent.internal.ConsentFixture.anon;
import static io.journeymap.consent.internal.ConsentFixture.track;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.consent.Admission;
import io.journeymap.api.consent.ConsentAction;
import io.journeymap.api.consent.Purposes;
import io.journeymap.api.event.ConsentSignals;
import io.journeymap.consent.internal.tcf.TcStringBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TC strings on events, through the ingest gate, mapped to our purposes. */
class TcfConsentTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant CHOSEN = Instant.parse("2026-10-30T08:00:00Z");

    @TempDir
    Path dir;

    private ConsentFixture fx;
    private ConsentEngine engine;

    @BeforeEach
    void open() {
        fx = new ConsentFixture(dir);
        engine = fx.engine(Map.of("tcf.vendor.id", "755"));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Admission admit(String tc, String id) {
        return engine.admit(List.of(track("Viewed", T0, new ConsentSignals(null, tc, null), Map.of(), "Europe/Madrid",
                anon(id)))).get(0);
    }

    @Test
    void aTcStringGrantingEveryPurposeAndOurVendorAdmitsAnEuVisitor() {
        String tc = new TcStringBuilder().lastUpdated(CHOSEN).purposesConsent(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
                .vendorConsents(755).build();
        assertThat(admit(tc, "a-all").outcome()).isEqualTo(Admission.Outcome.KEEP);
        var state = engine.state(anon("a-all"));
        assertThat(state.get(Purposes.ANALYTICS).granted()).isTrue();
        assertThat(state.get(Purposes.ADVERTISING).granted()).isTrue();
        // the person chose when the TC string says, not when the event arrived
        assertThat(state.get(Purposes.ANALYTICS).latest().change().eventTime()).isEqualTo(CHOSEN);
        assertThat(state.get(Purposes.ANALYTICS).latest().change().evidence()).isEqualTo(tc);
    }

    @Test
    void aTcStringDenyingPurposeOneWithholdsEveryMappedPurpose() {
        String tc = new TcStringBuilder().lastUpdated(CHOSEN).purposesConsent(2, 3, 4, 5, 6, 7, 8, 9, 10)
                .vendorConsents(755).build();
        Admission a = admit(tc, "a-no1");
        assertThat(a.outcome()).isEqualTo(Admission.Outcome.ANONYMISE);
        assertThat(a.reason()).contains("denied by tcf");
        assertThat(engine.history(anon("a-no1"))).extracting(r -> r.change().action()).containsOnly(ConsentAction.DENIED);
    }

    @Test
    void withoutConsentForOurVendorIdTheTcStringPermitsNothing() {
        String tc = new TcStringBuilder().lastUpdated(CHOSEN).purposesConsent(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
                .vendorConsents(1, 2, 754).build();
        assertThat(admit(tc, "a-novendor").outcome()).isEqualTo(Admission.Outcome.ANONYMISE);
    }

    @Test
    void legitimateInterestStandsInForConsentOnlyWhereTcfAllowsIt() {
        // purpose 1 by consent, 9 (statistics) only by legitimate interest: analytics is permitted
        String tc = new TcStringBuilder().lastUpdated(CHOSEN).purposesConsent(1).purposesLegitimateInterest(9)
                .vendorConsents(755).vendorLegitimateInterests(755).build();
        admit(tc, "a-li");
        var analytics = engine.state(anon("a-li")).get(Purposes.ANALYTICS);
        assertThat(analytics.granted()).isTrue();
        assertThat(analytics.latest().change().legalBasis()).isEqualTo("legitimate_interest");
        // purposes 5 and 6 (personalised content) never rest on legitimate interest
        String personal = new TcStringBuilder().lastUpdated(CHOSEN.plusSeconds(1)).purposesConsent(1)
                .purposesLegitimateInterest(5, 6).vendorConsents(755).vendorLegitimateInterests(755).build();
        admit(personal, "a-li");
        assertThat(engine.state(anon("a-li")).get(Purposes.PERSONALIZATION).granted()).isFalse();
    }
}
