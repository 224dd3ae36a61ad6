package io.journeymap.consent.internal.signal;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.consent.internal.RegionRules;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The region an event was sent from, strongest evidence first: {@code context.location.country},
 * the person's country trait, the time zone, then the locale's country.
 */
public final class EventRegion {

    // Europe/* zones outside the EU, EEA and UK.
    private static final Set<String> NON_EU_EUROPE = Set.of("Europe/Moscow", "Europe/Istanbul", "Europe/Minsk",
            "Europe/Kiev", "Europe/Kyiv", "Europe/Chisinau", "Europe/Belgrade", "Europe/Sarajevo", "Europe/Skopje",
            "Europe/Podgorica", "Europe/Tirane", "Europe/Zurich", "Europe/Kaliningrad", "Europe/Samara",
            "Europe/Volgograd", "Europe/Saratov", "Europe/Ulyanovsk", "Europe/Astrakhan", "Europe/Kirov",
            "Europe/Simferopol", "Europe/Andorra", "Europe/Monaco", "Europe/San_Marino", "Europe/Vatican",
            "Europe/Gibraltar", "Europe/Isle_of_Man", "Europe/Jersey", "Europe/Guernsey");

    private EventRegion() {
    }

    /**
     * @param event an event
     * @return its region ({@code EU}, {@code US}, {@code OTHER}), or null when it names none
     */
    public static String of(TouchpointEvent event) {
        Object location = event.context().other().get("location");
        if (location instanceof Map<?, ?> m && m.get("country") instanceof String country) {
            String region = RegionRules.regionOf(country);
            if (region != null) {
                return region;
            }
        }
        Object address = event.traits().get("address");
        if (address instanceof Map<?, ?> m && m.get("country") instanceof String country) {
            String region = RegionRules.regionOf(country);
            if (region != null) {
                return region;
            }
        }
        if (event.traits().get("country") instanceof String country) {
            String region = RegionRules.regionOf(country);
            if (region != null) {
                return region;
            }
        }
        String zone = event.context().timezone();
        if (zone != null) {
            if (zone.startsWith("Europe/")) {
                return NON_EU_EUROPE.contains(zone) ? RegionRules.OTHER : RegionRules.EU;
            }
            if (zone.startsWith("America/") && US_ZONES.contains(zone) || zone.equals("Pacific/Honolulu")) {
                return RegionRules.US;
            }
        }
        String locale = event.context().locale();
        if (locale != null) {
            String country = Locale.forLanguageTag(locale.replace('_', '-')).getCountry();
            return country.isEmpty() ? null : RegionRules.regionOf(country);
        }
        return null;
    }

    private static final Set<String> US_ZONES = Set.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles", "America/Phoenix", "America/Anchorage", "America/Detroit", "America/Boise",
            "America/Indiana/Indianapolis", "America/Kentucky/Louisville", "America/Juneau", "America/Adak");
}
