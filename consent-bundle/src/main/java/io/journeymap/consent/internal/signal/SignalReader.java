package io.journeymap.consent.internal.signal;

import io.journeymap.api.consent.ConsentAction;
import io.journeymap.api.consent.ConsentChange;
import io.journeymap.api.consent.Purposes;
import io.journeymap.api.event.ConsentSignals;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.consent.internal.ConsentSettings;
import io.journeymap.consent.internal.tcf.TcString;
import io.journeymap.consent.internal.tcf.TcStringDecoder;
import io.journeymap.consent.internal.tcf.TcStringException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the consent signals an event carries into ledger changes: Segment consent categories, an
 * IAB TCF TC string, Global Privacy Control, CRM opt-out traits and email opt-out events. A signal
 * that cannot be read (a malformed TC string) is reported, never thrown: the event still flows.
 */
public final class SignalReader {

    /** TCF purposes for which legitimate interest may stand in for consent (TCF v2.2 policy). */
    private static final Set<Integer> LI_ALLOWED = Set.of(2, 7, 8, 9, 10, 11);

    private final ConsentSettings settings;

    /** @param settings the purpose mappings */
    public SignalReader(ConsentSettings settings) {
        this.settings = settings;
    }

    /**
     * The signals of one event.
     *
     * @param changes what the event says, in order
     * @param rejected why a signal was unreadable (a rule, never the signal's text), or null
     */
    public record Signals(List<ConsentChange> changes, String rejected) {
    }

    /**
     * @param event an event
     * @return its consent signals
     */
    public Signals read(TouchpointEvent event) {
        List<ConsentChange> changes = new ArrayList<>();
        Instant at = event.timestamp() != null ? event.timestamp() : event.receivedAt();
        String rejected = null;
        ConsentSignals signals = event.context().consent();
        if (signals != null) {
            categories(signals.categoryPreferences(), at, changes);
            if (signals.tcString() != null) {
                rejected = tcf(signals.tcString(), at, changes);
            }
            if (Boolean.TRUE.equals(signals.gpc()) && settings.purposes().contains(Purposes.ADVERTISING)) {
                changes.add(new ConsentChange(Purposes.ADVERTISING, ConsentAction.DENIED, at, "gpc", "opt_out",
                        "Global Privacy Control: Sec-GPC: 1"));
            }
        }
        String source = event.source() == null ? "unknown" : event.source().key();
        settings.optOutTraits().forEach((purpose, traits) -> {
            for (String trait : traits) {
                Object value = event.traits().get(trait);
                if (Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value))) {
                    changes.add(new ConsentChange(purpose, ConsentAction.DENIED, at, source, "opt_out", trait + "=true"));
                }
            }
        });
        if (event.type() == EventType.TRACK && event.event() != null) {
            settings.optOutEvents().forEach((purpose, names) -> {
                for (String name : names) {
                    if (name.equalsIgnoreCase(event.event())) {
                        changes.add(new ConsentChange(purpose, ConsentAction.DENIED, at, source, "opt_out",
                                "event:" + name));
                    }
                }
            });
        }
        return new Signals(changes, rejected);
    }

    private void categories(Map<String, Boolean> preferences, Instant at, List<ConsentChange> changes) {
        if (preferences == null || preferences.isEmpty()) {
            return;
        }
        // the whole preference object is the evidence: it is what the person saw and chose
        String evidence = new TreeMap<>(preferences).toString();
        Map<String, Boolean> byPurpose = new TreeMap<>();
        preferences.forEach((category, granted) -> {
            if (granted == null) {
                return;
            }
            for (String purpose : settings.segmentCategories().getOrDefault(category.toLowerCase(Locale.ROOT), List.of())) {
                // a purpose two categories speak for is granted only if both grant it
                byPurpose.merge(purpose, granted, Boolean::logicalAnd);
            }
        });
        byPurpose.forEach((purpose, granted) -> changes.add(new ConsentChange(purpose,
                granted ? ConsentAction.GRANTED : ConsentAction.DENIED, at, "segment:categoryPreferences", "consent",
                evidence)));
    }

    private String tcf(String tcString, Instant eventTime, List<ConsentChange> changes) {
        TcString tc;
        try {
            tc = TcStringDecoder.decode(tcString);
        } catch (TcStringException e) {
            return e.getMessage();
        }
        // the TC string's LastUpdated is when the person made these choices
        Instant at = tc.lastUpdated() != null ? tc.lastUpdated() : eventTime;
        settings.tcfPurposes().forEach((purpose, tcfPurposes) -> {
            boolean allByConsent = true;
            boolean allowed = true;
            for (int p : tcfPurposes) {
                boolean consent = tc.purposeConsent(p) && vendorConsents(tc);
                boolean li = LI_ALLOWED.contains(p) && tc.purposeLegitimateInterest(p) && vendorLegitimateInterest(tc);
                allowed &= consent || li;
                allByConsent &= consent;
            }
            changes.add(new ConsentChange(purpose, allowed ? ConsentAction.GRANTED : ConsentAction.DENIED, at, "tcf",
                    allowed && !allByConsent ? "legitimate_interest" : "consent", tcString));
        });
        return null;
    }

    private boolean vendorConsents(TcString tc) {
        return settings.tcfVendorId() == 0 || tc.vendorConsent(settings.tcfVendorId());
    }

    private boolean vendorLegitimateInterest(TcString tc) {
        return settings.tcfVendorId() == 0 || tc.vendorLegitimateInterest(settings.tcfVendorId());
    }
}
