package io.journeymap.identity.internal.normalize;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The deployment-specific choices of identifier normalisation.
 *
 * @param defaultPhoneRegion    ISO 3166-1 alpha-2 region used to read phone numbers written without a
 *                              country code, e.g. {@code "US"}; any case, stored upper-case
 * @param plusAddressingDomains mail domains where {@code local+tag@domain} delivers to
 *                              {@code local@domain}, so the tag is dropped; any case, stored lower-case
 * @param dotInsensitiveDomains mail domains where dots in the local part are ignored by the provider,
 *                              so they are dropped; any case, stored lower-case
 */
public record NormalizationRules(String defaultPhoneRegion, Set<String> plusAddressingDomains,
        Set<String> dotInsensitiveDomains) {

    /**
     * Validates and canonicalises the rules.
     *
     * @throws IllegalArgumentException naming {@code defaultPhoneRegion} when libphonenumber does not know
     *                                  the region (a typo there would silently reject every national number)
     */
    public NormalizationRules {
        Objects.requireNonNull(defaultPhoneRegion, "defaultPhoneRegion");
        String region = defaultPhoneRegion.strip().toUpperCase(Locale.ROOT);
        if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("defaultPhoneRegion '" + defaultPhoneRegion
                    + "' is not a region code libphonenumber supports (ISO 3166-1 alpha-2, e.g. US, GB)");
        }
        defaultPhoneRegion = region;
        plusAddressingDomains = lowerCaseCopy(plusAddressingDomains, "plusAddressingDomains");
        dotInsensitiveDomains = lowerCaseCopy(dotInsensitiveDomains, "dotInsensitiveDomains");
    }

    /**
     * Rules for a US deployment of consumer mail providers that document plus addressing.
     *
     * <p>Yahoo is left out on purpose: its "disposable addresses" ({@code base-keyword@yahoo.com}) use a
     * base name chosen separately from the mailbox name, so removing {@code -keyword} yields an address
     * that is not the person's mailbox and may belong to someone else.
     *
     * @return region {@code US}; plus addressing for Gmail, Outlook.com, iCloud, Fastmail and Proton;
     *         dots ignored for Gmail only
     */
    public static NormalizationRules defaults() {
        return new NormalizationRules("US",
                Set.of("gmail.com", "googlemail.com",
                        "outlook.com", "hotmail.com", "live.com",
                        "icloud.com", "me.com",
                        "fastmail.com",
                        "protonmail.com", "proton.me", "pm.me", "protonmail.ch"),
                Set.of("gmail.com", "googlemail.com"));
    }

    /**
     * @param region another default phone region, e.g. {@code "GB"}
     * @return these rules with that region
     */
    public NormalizationRules withDefaultPhoneRegion(String region) {
        return new NormalizationRules(region, plusAddressingDomains, dotInsensitiveDomains);
    }

    private static Set<String> lowerCaseCopy(Set<String> domains, String name) {
        Objects.requireNonNull(domains, name);
        return domains.stream()
                .map(d -> Objects.requireNonNull(d, name).strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
