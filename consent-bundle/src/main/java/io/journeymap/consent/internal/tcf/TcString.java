package io.journeymap.consent.internal.tcf;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A decoded IAB TCF v2 TC string (see {@link TcStringDecoder}). Field names follow the spec's; sets
 * of purposes and special features hold the 1-based ids whose bit is set.
 *
 * @param version the encoding version, always 2
 * @param created Created, decisecond precision (CMPs following TCF v2.2 write the day, equal to lastUpdated)
 * @param lastUpdated LastUpdated
 * @param cmpId CmpId of the CMP that last updated the string
 * @param cmpVersion CmpVersion
 * @param consentScreen ConsentScreen
 * @param consentLanguage ConsentLanguage, two upper-case letters (ISO 639-1)
 * @param vendorListVersion VendorListVersion of the GVL used
 * @param policyVersion TcfPolicyVersion
 * @param serviceSpecific IsServiceSpecific; the spec calls a string with false invalid for vendors, which
 *     is a policy decision left to the caller
 * @param useNonStandardTexts UseNonStandardTexts (UseNonStandardStacks before v2.2)
 * @param specialFeatureOptIns SpecialFeatureOptIns
 * @param purposesConsent PurposesConsent
 * @param purposesLegitimateInterest PurposesLITransparency
 * @param purposeOneTreatment PurposeOneTreatment: purpose 1 was not disclosed (see publisherCountryCode)
 * @param publisherCountryCode PublisherCC, two upper-case letters (ISO 3166-1 alpha-2)
 * @param vendorConsents the Vendor Consent Section
 * @param vendorLegitimateInterests the Vendor Legitimate Interest Section
 * @param publisherRestrictions the PubRestrictionEntry list, in string order
 * @param disclosedVendors the DisclosedVendors segment; empty when the segment is absent
 * @param publisherPurposes the Publisher TC segment; null when the segment is absent
 */
public record TcString(
        int version,
        Instant created,
        Instant lastUpdated,
        int cmpId,
        int cmpVersion,
        int consentScreen,
        String consentLanguage,
        int vendorListVersion,
        int policyVersion,
        boolean serviceSpecific,
        boolean useNonStandardTexts,
        Set<Integer> specialFeatureOptIns,
        Set<Integer> purposesConsent,
        Set<Integer> purposesLegitimateInterest,
        boolean purposeOneTreatment,
        String publisherCountryCode,
        VendorSet vendorConsents,
        VendorSet vendorLegitimateInterests,
        List<PublisherRestriction> publisherRestrictions,
        VendorSet disclosedVendors,
        PublisherPurposes publisherPurposes) {

    public TcString {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(lastUpdated, "lastUpdated");
        Objects.requireNonNull(consentLanguage, "consentLanguage");
        Objects.requireNonNull(publisherCountryCode, "publisherCountryCode");
        Objects.requireNonNull(vendorConsents, "vendorConsents");
        Objects.requireNonNull(vendorLegitimateInterests, "vendorLegitimateInterests");
        Objects.requireNonNull(disclosedVendors, "disclosedVendors");
        specialFeatureOptIns = PublisherPurposes.sortedCopy(specialFeatureOptIns);
        purposesConsent = PublisherPurposes.sortedCopy(purposesConsent);
        purposesLegitimateInterest = PublisherPurposes.sortedCopy(purposesLegitimateInterest);
        publisherRestrictions = List.copyOf(publisherRestrictions);
    }

    /** Whether the user consented to {@code purpose} (a 0 bit, or a purpose past 24, is no consent). */
    public boolean purposeConsent(int purpose) {
        return purposesConsent.contains(purpose);
    }

    /** Whether legitimate interest for {@code purpose} was established and not objected to. */
    public boolean purposeLegitimateInterest(int purpose) {
        return purposesLegitimateInterest.contains(purpose);
    }

    /** Whether the user consented to vendor {@code vendorId}. */
    public boolean vendorConsent(int vendorId) {
        return vendorConsents.contains(vendorId);
    }

    /** Whether vendor {@code vendorId}'s legitimate interest was established and not objected to. */
    public boolean vendorLegitimateInterest(int vendorId) {
        return vendorLegitimateInterests.contains(vendorId);
    }

    /**
     * The publisher's restriction for {@code purpose} and {@code vendorId}, if any. When several
     * entries cover the pair, {@link RestrictionType#NOT_ALLOWED} wins, since the spec says vendors must
     * always respect it; otherwise the first entry in the string does.
     */
    public Optional<RestrictionType> restriction(int purpose, int vendorId) {
        RestrictionType found = null;
        for (PublisherRestriction restriction : publisherRestrictions) {
            if (restriction.applies(purpose, vendorId)) {
                if (restriction.type() == RestrictionType.NOT_ALLOWED) {
                    return Optional.of(RestrictionType.NOT_ALLOWED);
                }
                if (found == null) {
                    found = restriction.type();
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
