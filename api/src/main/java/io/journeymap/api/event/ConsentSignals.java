package io.journeymap.api.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The consent signals an event carried, kept raw as evidence for the consent ledger.
 *
 * @param categoryPreferences Segment-style {@code context.consent.categoryPreferences}: purpose to granted
 * @param tcString            an IAB TCF v2 TC string, if the source sent one
 * @param gpc                 Global Privacy Control: {@code true} is an opt-out of sale/share
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentSignals(Map<String, Boolean> categoryPreferences, String tcString, Boolean gpc) {
    /** @return true when no signal at all is present */
    public boolean isEmpty() {
        return (categoryPreferences == null || categoryPreferences.isEmpty()) && tcString == null && gpc == null;
    }
}
