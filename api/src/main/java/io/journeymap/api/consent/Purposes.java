package io.journeymap.api.consent;

import java.util.List;

/**
 * The purposes journeymap ships with. Purposes are configurable names; these are the defaults and
 * the ones the product's own enforcement points ask for.
 */
public final class Purposes {

    /** Measuring: timelines, journey maps, aggregate analytics. */
    public static final String ANALYTICS = "analytics";
    /** Profiling and scoring: model scores, segments, sentiment. */
    public static final String PERSONALIZATION = "personalization";
    /** Marketing email. */
    public static final String EMAIL_MARKETING = "email_marketing";
    /** Marketing text messages. */
    public static final String SMS_MARKETING = "sms_marketing";
    /** Advertising audiences; includes the sale and sharing of data (CCPA/CPRA). */
    public static final String ADVERTISING = "advertising";

    /** The default purposes, in a stable order. */
    public static final List<String> DEFAULTS = List.of(ANALYTICS, PERSONALIZATION, EMAIL_MARKETING, SMS_MARKETING,
            ADVERTISING);

    private Purposes() {
    }
}
