package io.journeymap.consent.internal.tcf;

import static org.assertj.core.api.Assertions.assertThat;

import com.iabtcf.decoder.TCString;
import com.iabtcf.utils.IntIterable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test-only: compares our decoding with the IAB's reference decoder (com.iabtcf:iabtcf-decoder),
 * field by field. The reference decodes lazily unless asked otherwise; {@link TCString#decode} without
 * options reads every field at once, so it fails there, not half-way through a comparison.
 */
final class ReferenceDecoder {

    private ReferenceDecoder() {}

    /** Decodes {@code tcString} with both decoders and asserts they agree on every field. */
    static void assertAgrees(String tcString) {
        TcString ours = TcStringDecoder.decode(tcString);
        TCString reference = TCString.decode(tcString);
        assertAgrees(ours, reference);
    }

    static void assertAgrees(TcString ours, TCString reference) {
        assertThat(ours.version()).as("version").isEqualTo(reference.getVersion());
        assertThat(ours.created()).as("created").isEqualTo(reference.getCreated());
        assertThat(ours.lastUpdated()).as("lastUpdated").isEqualTo(reference.getLastUpdated());
        assertThat(ours.cmpId()).as("cmpId").isEqualTo(reference.getCmpId());
        assertThat(ours.cmpVersion()).as("cmpVersion").isEqualTo(reference.getCmpVersion());
        assertThat(ours.consentScreen()).as("consentScreen").isEqualTo(reference.getConsentScreen());
        assertThat(ours.consentLanguage()).as("consentLanguage").isEqualTo(reference.getConsentLanguage());
        assertThat(ours.vendorListVersion()).as("vendorListVersion").isEqualTo(reference.getVendorListVersion());
        assertThat(ours.policyVersion()).as("tcfPolicyVersion").isEqualTo(reference.getTcfPolicyVersion());
        assertThat(ours.serviceSpecific()).as("isServiceSpecific").isEqualTo(reference.isServiceSpecific());
        assertThat(ours.useNonStandardTexts()).as("useNonStandardStacks").isEqualTo(reference.getUseNonStandardStacks());
        assertThat(ours.specialFeatureOptIns()).as("specialFeatureOptIns")
                .isEqualTo(ids(reference.getSpecialFeatureOptIns()));
        assertThat(ours.purposesConsent()).as("purposesConsent").isEqualTo(ids(reference.getPurposesConsent()));
        assertThat(ours.purposesLegitimateInterest()).as("purposesLITransparency")
                .isEqualTo(ids(reference.getPurposesLITransparency()));
        assertThat(ours.purposeOneTreatment()).as("purposeOneTreatment").isEqualTo(reference.getPurposeOneTreatment());
        assertThat(ours.publisherCountryCode()).as("publisherCC").isEqualTo(reference.getPublisherCC());
        assertThat(ours.vendorConsents().toSet()).as("vendorConsent").isEqualTo(ids(reference.getVendorConsent()));
        assertThat(ours.vendorLegitimateInterests().toSet()).as("vendorLegitimateInterest")
                .isEqualTo(ids(reference.getVendorLegitimateInterest()));
        assertThat(restrictions(ours.publisherRestrictions())).as("publisherRestrictions")
                .isEqualTo(referenceRestrictions(reference.getPublisherRestrictions()));
        assertThat(ours.disclosedVendors().toSet()).as("disclosedVendors")
                .isEqualTo(ids(reference.getDisclosedVendors()));
        PublisherPurposes publisher = ours.publisherPurposes() == null
                ? new PublisherPurposes(Set.of(), Set.of(), Set.of(), Set.of())
                : ours.publisherPurposes();
        assertThat(publisher.consents()).as("pubPurposesConsent").isEqualTo(ids(reference.getPubPurposesConsent()));
        assertThat(publisher.legitimateInterests()).as("pubPurposesLITransparency")
                .isEqualTo(ids(reference.getPubPurposesLITransparency()));
        assertThat(publisher.customConsents()).as("customPurposesConsent")
                .isEqualTo(ids(reference.getCustomPurposesConsent()));
        assertThat(publisher.customLegitimateInterests()).as("customPurposesLITransparency")
                .isEqualTo(ids(reference.getCustomPurposesLITransparency()));
    }

    static Set<Integer> ids(IntIterable ids) {
        return ids.toSet();
    }

    /** Restrictions as comparable text: purpose, type name (the two enums share names), vendor ids. */
    private static List<String> restrictions(List<PublisherRestriction> restrictions) {
        return restrictions.stream()
                .map(r -> r.purposeId() + " " + r.type().name() + " " + r.vendors().toSet())
                .collect(Collectors.toList());
    }

    private static List<String> referenceRestrictions(List<com.iabtcf.v2.PublisherRestriction> restrictions) {
        return restrictions.stream()
                .map(r -> r.getPurposeId() + " " + r.getRestrictionType().name() + " "
                        + new java.util.TreeSet<>(r.getVendorIds().toSet()))
                .collect(Collectors.toList());
    }
}
