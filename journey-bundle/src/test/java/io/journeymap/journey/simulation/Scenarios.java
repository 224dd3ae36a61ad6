package io.journeymap.journey.simulation;

import static io.journeymap.journey.internal.influence.JourneyStates.CONVERSION;
import static io.journeymap.journey.internal.influence.JourneyStates.NULL;

import java.time.Duration;

/** Ready-made scenarios. */
public final class Scenarios {

    private Scenarios() {
    }

    /**
     * A B2B SaaS trial funnel over 13 touchpoint types in five channels, built so that the
     * position-based heuristics are visibly wrong: ads start most journeys but rarely close them,
     * email closes most of them, and support (a chat or a ticket in the middle) lifts conversion a
     * great deal while being neither first nor last.
     *
     * @return the scenario, first touches spread over 90 days from 2025-01-01
     */
    public static Scenario saasTrial() {
        return saasTrial(Scenario.builder());
    }

    /**
     * @param start      when the first journeys start
     * @param spreadDays over how many days first touches are spread
     * @return the same funnel at another time
     */
    public static Scenario saasTrial(java.time.Instant start, int spreadDays) {
        return saasTrial(Scenario.builder().optStartInstant(start).optSpreadDays(spreadDays));
    }

    private static Scenario saasTrial(Scenario.Builder builder) {
        return builder
                .addStart("ads:search_click", 0.30)
                .addStart("ads:social_click", 0.15)
                .addStart("ads:display_view", 0.10)
                .addStart("web:landing", 0.25)
                .addStart("web:docs", 0.05)
                .addStart("email:open", 0.15)

                .addTransition("ads:search_click", "web:landing", 0.80, minutes(2))
                .addTransition("ads:search_click", NULL, 0.20)
                .addTransition("ads:social_click", "web:landing", 0.60, minutes(5))
                .addTransition("ads:social_click", NULL, 0.40)
                .addTransition("ads:display_view", "web:landing", 0.25, days(1))
                .addTransition("ads:display_view", "ads:search_click", 0.15, days(2))
                .addTransition("ads:display_view", NULL, 0.60)

                .addTransition("web:landing", "web:pricing", 0.35, minutes(3))
                .addTransition("web:landing", "web:docs", 0.20, minutes(5))
                .addTransition("web:landing", "web:signup", 0.10, minutes(10))
                .addTransition("web:landing", "email:open", 0.10, days(2))
                .addTransition("web:landing", NULL, 0.25)
                .addTransition("web:pricing", "web:signup", 0.25, minutes(10))
                .addTransition("web:pricing", "support:chat", 0.20, minutes(5))
                .addTransition("web:pricing", "email:open", 0.15, days(1))
                .addTransition("web:pricing", "crm:meeting", 0.05, days(3))
                .addTransition("web:pricing", NULL, 0.35)
                .addTransition("web:docs", "web:pricing", 0.25, minutes(30))
                .addTransition("web:docs", "support:ticket", 0.15, hours(1))
                .addTransition("web:docs", "web:signup", 0.15, minutes(20))
                .addTransition("web:docs", NULL, 0.45)
                .addTransition("web:signup", "email:open", 0.55, days(1))
                .addTransition("web:signup", "support:chat", 0.15, hours(2))
                .addTransition("web:signup", "crm:meeting", 0.10, days(3))
                .addTransition("web:signup", NULL, 0.20)

                .addTransition("email:open", "email:click", 0.45, minutes(10))
                .addTransition("email:open", "web:landing", 0.10, days(1))
                .addTransition("email:open", NULL, 0.45)
                .addTransition("email:click", CONVERSION, 0.30, hours(1))
                .addTransition("email:click", "web:pricing", 0.30, minutes(2))
                .addTransition("email:click", "support:chat", 0.10, hours(1))
                .addTransition("email:click", NULL, 0.30)

                .addTransition("support:chat", "email:open", 0.30, days(1))
                .addTransition("support:chat", "crm:meeting", 0.25, days(2))
                .addTransition("support:chat", "web:pricing", 0.15, minutes(10))
                .addTransition("support:chat", CONVERSION, 0.05, hours(2))
                .addTransition("support:chat", NULL, 0.25)
                .addTransition("support:ticket", "email:open", 0.35, days(1))
                .addTransition("support:ticket", "support:chat", 0.15, hours(1))
                .addTransition("support:ticket", "web:docs", 0.20, hours(4))
                .addTransition("support:ticket", NULL, 0.30)

                .addTransition("crm:meeting", "crm:opportunity_created", 0.55, days(5))
                .addTransition("crm:meeting", "email:open", 0.20, days(2))
                .addTransition("crm:meeting", NULL, 0.25)
                .addTransition("crm:opportunity_created", CONVERSION, 0.45, days(14))
                .addTransition("crm:opportunity_created", "email:open", 0.30, days(3))
                .addTransition("crm:opportunity_created", NULL, 0.25)
                .build();
    }

    private static Duration minutes(long n) {
        return Duration.ofMinutes(n);
    }

    private static Duration hours(long n) {
        return Duration.ofHours(n);
    }

    private static Duration days(long n) {
        return Duration.ofDays(n);
    }
}
