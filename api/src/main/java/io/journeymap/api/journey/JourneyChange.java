package io.journeymap.api.journey;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A significant shift found by comparing a current window of the map with a baseline window.
 *
 * @param id            position in the feed of changes (0 when not yet in the feed)
 * @param detectedAt    when it was found
 * @param segment       the segment compared
 * @param metric        {@code transition_probability}, {@code drop_off}, {@code stall_time} or {@code entry_share}
 * @param subject       what shifted: {@code web:pricing -> web:signup}, a stage, or an entry type
 * @param baselineFrom  first day of the baseline window
 * @param baselineTo    last day of the baseline window
 * @param currentFrom   first day of the current window
 * @param currentTo     last day of the current window
 * @param baseline      the metric in the baseline window
 * @param current       the metric in the current window
 * @param effectSize    Cohen's h for proportions; for stall time the shift in the share of stalls above the
 *                      baseline median (also as Cohen's h)
 * @param pValue        the test's p-value
 * @param qValue        Benjamini–Hochberg adjusted p-value over every comparison of the run
 * @param baselineCount observations behind the baseline value
 * @param currentCount  observations behind the current value
 */
public record JourneyChange(long id, Instant detectedAt, String segment, String metric, String subject,
        LocalDate baselineFrom, LocalDate baselineTo, LocalDate currentFrom, LocalDate currentTo,
        double baseline, double current, double effectSize, double pValue, double qValue,
        long baselineCount, long currentCount) {

    /** @return whether the metric rose */
    public boolean increased() {
        return current > baseline;
    }

    /**
     * @param newId the feed position
     * @return this change at that position
     */
    public JourneyChange withId(long newId) {
        return new JourneyChange(newId, detectedAt, segment, metric, subject, baselineFrom, baselineTo, currentFrom,
                currentTo, baseline, current, effectSize, pValue, qValue, baselineCount, currentCount);
    }
}
