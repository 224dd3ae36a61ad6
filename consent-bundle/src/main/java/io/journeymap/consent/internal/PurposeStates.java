package io.journeymap.consent.internal;

import io.journeymap.api.consent.ConsentRecord;
import io.journeymap.api.consent.PurposeState;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A person's state per purpose from the ledger entries that bind them: the latest by event time
 * wins (ties by recording order), else the default of their region.
 */
final class PurposeStates {

    private static final Comparator<ConsentRecord> LATEST = Comparator
            .comparing(ConsentRecord::effectiveTime).thenComparingLong(ConsentRecord::entryId);

    private PurposeStates() {
    }

    /**
     * @param purposes the configured purposes
     * @param entries  ledger entries binding the person (duplicates allowed)
     * @param region   the region the current event names, or null to take the ledger's latest
     * @param rules    the regional defaults
     */
    static Map<String, PurposeState> of(List<String> purposes, Collection<ConsentRecord> entries, String region,
            RegionRules rules) {
        Map<String, ConsentRecord> latest = new HashMap<>();
        ConsentRecord latestWithRegion = null;
        for (ConsentRecord r : entries) {
            latest.merge(r.change().purpose(), r, (a, b) -> LATEST.compare(a, b) >= 0 ? a : b);
            if (r.region() != null && (latestWithRegion == null || LATEST.compare(r, latestWithRegion) > 0)) {
                latestWithRegion = r;
            }
        }
        String effective = rules.effective(region != null ? region
                : latestWithRegion != null ? latestWithRegion.region() : null);
        Map<String, PurposeState> out = new LinkedHashMap<>();
        for (String purpose : purposes) {
            ConsentRecord r = latest.get(purpose);
            if (r != null) {
                out.put(purpose, new PurposeState(purpose, r.change().action().permits(), "ledger", r));
            } else {
                boolean optIn = rules.isOptIn(effective, purpose);
                out.put(purpose, new PurposeState(purpose, !optIn,
                        "default:" + effective + ":" + (optIn ? "opt_in" : "opt_out"), null));
            }
        }
        return out;
    }

    /** @return the state's reason in words an auditor reads */
    static String reason(PurposeState s) {
        if (s.latest() == null) {
            return s.basis();
        }
        return s.latest().change().action().name().toLowerCase(Locale.ROOT) + " by " + s.latest().change().source()
                + " at " + s.latest().change().eventTime() + " (ledger entry " + s.latest().entryId() + ")";
    }
}
