package io.journeymap.api.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The kinds of identifier a source can know about a person. */
public enum IdentifierType {
    /** The application's own user id (Segment {@code userId}). */
    USER_ID,
    /** An id for a not-yet-identified visitor (Segment {@code anonymousId}). */
    ANONYMOUS_ID,
    /** An email address as sent; identity resolution normalises it. */
    EMAIL,
    /** A phone number as sent; identity resolution normalises it to E.164. */
    PHONE,
    /** The SHA-256 hex of a normalised email address. */
    HASHED_EMAIL,
    /** A device id (mobile SDK {@code context.device.id}). */
    DEVICE_ID,
    /** A mobile advertising id (IDFA, GAID). */
    ADVERTISING_ID,
    /** A first-party cookie id. */
    COOKIE_ID,
    /** A Salesforce Lead id (15 or 18 characters). */
    SALESFORCE_LEAD_ID,
    /** A Salesforce Contact id (15 or 18 characters). */
    SALESFORCE_CONTACT_ID,
    /** A HubSpot contact id. */
    HUBSPOT_CONTACT_ID,
    /** A Zendesk user id (the requester of a ticket). */
    ZENDESK_USER_ID,
    /** An Intercom contact id (Intercom's own id for a user or lead). */
    INTERCOM_CONTACT_ID,
    /** A Google Ads click id ({@code gclid} on the landing URL); one per ad click. */
    GCLID,
    /** A Google Ads click id for iOS app-to-web measurement ({@code gbraid}); one per ad click. */
    GBRAID,
    /** A Google Ads click id for iOS web-to-app measurement ({@code wbraid}); one per ad click. */
    WBRAID,
    /** A Meta (Facebook, Instagram) click id ({@code fbclid} on the landing URL); one per ad click. */
    FBCLID,
    /** A Microsoft Advertising click id ({@code msclkid} on the landing URL); one per ad click. */
    MSCLKID;

    /** @return whether this is an ad platform's click id: it names one click, so it joins a person weakly */
    public boolean isClickId() {
        return this == GCLID || this == GBRAID || this == WBRAID || this == FBCLID || this == MSCLKID;
    }

    /** @return the lower-case wire name, e.g. {@code "hubspot_contact_id"} */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param wireName a wire name such as {@code "email"}, any case
     * @return the type, or empty when unknown
     */
    public static Optional<IdentifierType> fromWireName(String wireName) {
        if (wireName == null) {
            return Optional.empty();
        }
        for (IdentifierType t : values()) {
            if (t.wireName().equalsIgnoreCase(wireName)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Jackson entry point; unknown names fail with a precise message. */
    @JsonCreator
    static IdentifierType ofJson(String wireName) {
        return fromWireName(wireName).orElseThrow(() -> new IllegalArgumentException(
                "unknown identifier type '" + wireName + "'"));
    }
}
