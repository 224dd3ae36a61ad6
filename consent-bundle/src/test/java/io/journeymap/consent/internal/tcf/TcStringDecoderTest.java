package io.journeymap.consent.internal.tcf;

import static io.journeymap.consent.internal.tcf.TcfExamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.iabtcf.decoder.TCString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class TcStringDecoderTest {

    // ---- published examples, decoded to the values their publishers state or that the spec implies ----

    @Test
    void specExampleCoreAndDisclosedVendorsAreDecoded() {
        TcString tc = TcStringDecoder.decode(SPEC_CORE_AND_DISCLOSED);

        assertThat(tc.version()).isEqualTo(2);
        assertThat(tc.created()).isEqualTo(Instant.parse("2025-06-03T00:00:00Z"));
        assertThat(tc.lastUpdated()).isEqualTo(tc.created());
        assertThat(tc.cmpId()).isEqualTo(880);
        assertThat(tc.consentLanguage()).isEqualTo("EN");
        assertThat(tc.vendorListVersion()).isEqualTo(48);
        assertThat(tc.serviceSpecific()).isTrue();
        assertThat(tc.publisherCountryCode()).isEqualTo("DE");
        assertThat(tc.purposesConsent()).isEmpty();
        assertThat(tc.vendorConsents().toSet()).containsExactly(1, 2, 3, 4);
        assertThat(tc.vendorLegitimateInterests().isEmpty()).isTrue();
        assertThat(tc.disclosedVendors().toSet()).containsExactly(1, 2, 3, 4, 5, 100, 404);
        assertThat(tc.publisherPurposes()).isNull();
    }

    @Test
    void specExamplePublisherTcSegmentWithoutPurposesIsDecoded() {
        TcString tc = TcStringDecoder.decode(SPEC_WITH_PUBLISHER_TC);

        assertThat(tc.publisherPurposes()).isEqualTo(new PublisherPurposes(Set.of(), Set.of(), Set.of(), Set.of()));
    }

    @Test
    void coreFieldsOfTheIabtcfExampleAreDecoded() {
        // The values iabtcf-java's own test asserts for this string.
        TcString tc = TcStringDecoder.decode(IAB_CORE);

        assertThat(tc.version()).isEqualTo(2);
        assertThat(tc.created()).isEqualTo(Instant.parse("2020-01-26T17:01:00Z"));
        assertThat(tc.lastUpdated()).isEqualTo(Instant.parse("2021-02-02T17:01:00Z"));
        assertThat(tc.cmpId()).isEqualTo(675);
        assertThat(tc.cmpVersion()).isEqualTo(2);
        assertThat(tc.consentScreen()).isEqualTo(1);
        assertThat(tc.vendorListVersion()).isEqualTo(15);
        assertThat(tc.policyVersion()).isEqualTo(2);
        assertThat(tc.consentLanguage()).isEqualTo("EN");
        assertThat(tc.publisherCountryCode()).isEqualTo("AA");
        assertThat(tc.serviceSpecific()).isFalse();
        assertThat(tc.purposeOneTreatment()).isTrue();
        assertThat(tc.useNonStandardTexts()).isFalse();
        assertThat(tc.specialFeatureOptIns()).containsExactly(1);
        assertThat(tc.purposesConsent()).containsExactly(2, 10);
        assertThat(tc.purposesLegitimateInterest()).containsExactly(2, 9);
    }

    @Test
    void decisecondTimestampsBecomeInstants() {
        TcString tc = TcStringDecoder.decode(SPEC_2020_CORE);

        assertThat(tc.created()).isEqualTo(Instant.parse("2020-02-20T23:57:39.300Z"));
    }

    @Test
    void bitfieldVendorConsentsAreDecoded() {
        TcString tc = TcStringDecoder.decode(IAB_BITFIELD);

        assertThat(tc.vendorConsents().toSet()).containsExactly(23, 37, 47, 48, 53, 65, 98);
        assertThat(tc.vendorConsent(23)).isTrue();
        assertThat(tc.vendorConsent(24)).isFalse();
    }

    @Test
    void bitfieldVendorLegitimateInterestsAreDecoded() {
        TcString tc = TcStringDecoder.decode(IAB_BITFIELD);

        assertThat(tc.vendorLegitimateInterests().toSet()).containsExactly(37, 47, 48, 53, 65, 98, 129);
        assertThat(tc.vendorLegitimateInterests().maxVendorId()).isEqualTo(129);
    }

    @Test
    void rangeEncodedVendorConsentsAreDecoded() {
        assertThat(TcStringDecoder.decode(IAB_TWO_RANGES).vendorConsents().toSet()).containsExactly(702, 703);
        assertThat(TcStringDecoder.decode(IAB_ONE_RANGE).vendorConsents().toSet()).containsExactly(703);
    }

    @Test
    void rangeEncodedVendorLegitimateInterestsAreDecoded() {
        TcString tc = TcStringDecoder.decode(IAB_RANGE_LI);

        assertThat(tc.vendorLegitimateInterests().toSet()).containsExactly(128);
        assertThat(tc.vendorLegitimateInterest(128)).isTrue();
    }

    @Test
    void disclosedVendorsSegmentIsDecoded() {
        TcString tc = TcStringDecoder.decode(IAB_DISCLOSED_ALLOWED);

        assertThat(tc.disclosedVendors().toSet()).containsExactly(23, 37, 47, 48, 53, 65, 98, 129);
    }

    @Test
    void allowedVendorsSegmentIsAcceptedAndLeftOut() {
        String withoutAllowed = IAB_DISCLOSED_ALLOWED.substring(0, IAB_DISCLOSED_ALLOWED.lastIndexOf('.'));

        assertThat(TcStringDecoder.decode(IAB_DISCLOSED_ALLOWED)).isEqualTo(TcStringDecoder.decode(withoutAllowed));
    }

    @Test
    void publisherTcSegmentWithCustomPurposesIsDecoded() {
        PublisherPurposes publisher = TcStringDecoder.decode(IAB_ALL_PARTS).publisherPurposes();

        assertThat(publisher.consents()).containsExactly(1);
        assertThat(publisher.legitimateInterests()).containsExactly(24);
        assertThat(publisher.customConsents()).containsExactly(2);
        assertThat(publisher.customLegitimateInterests()).containsExactly(1, 2);
    }

    @Test
    void paddedSegmentsAreDecodedLikeUnpaddedOnes() {
        String unpadded = new TcStringBuilder().purposesConsent(1).disclosedVendors(1, 2, 5, 11).publisherTc().build();
        String padded = Arrays.stream(unpadded.split("\\."))
                .map(segment -> Base64.getUrlEncoder().encodeToString(Base64.getUrlDecoder().decode(segment)))
                .collect(Collectors.joining("."));

        assertThat(padded).contains("=.").endsWith("=");
        assertThat(TcStringDecoder.decode(padded)).isEqualTo(TcStringDecoder.decode(unpadded));
    }

    @Test
    void publisherRestrictionsAreDecodedInStringOrder() {
        List<PublisherRestriction> restrictions = TcStringDecoder.decode(IAB_RESTRICTIONS).publisherRestrictions();

        assertThat(restrictions).containsExactly(
                new PublisherRestriction(3, RestrictionType.REQUIRE_CONSENT,
                        VendorSet.of(42, 76, 85, 86, 164, 210, 226, 620, 630)),
                new PublisherRestriction(4, RestrictionType.REQUIRE_CONSENT,
                        VendorSet.of(42, 76, 85, 86, 164, 174, 226, 620, 630)),
                new PublisherRestriction(5, RestrictionType.REQUIRE_CONSENT,
                        VendorSet.of(42, 76, 142, 164, 226, 620)));
    }

    @Test
    void restrictionIsFoundByPurposeAndVendor() {
        TcString tc = TcStringDecoder.decode(IAB_RESTRICTIONS);

        assertThat(tc.restriction(3, 42)).contains(RestrictionType.REQUIRE_CONSENT);
        assertThat(tc.restriction(4, 174)).contains(RestrictionType.REQUIRE_CONSENT);
        assertThat(tc.restriction(3, 174)).isEmpty();
        assertThat(tc.restriction(1, 42)).isEmpty();
    }

    @Test
    void notAllowedWinsWhenRestrictionsOfAPurposeOverlap() {
        TcString tc = TcStringDecoder.decode(new TcStringBuilder()
                .publisherRestriction(2, RestrictionType.REQUIRE_CONSENT, 7, 8)
                .publisherRestriction(2, RestrictionType.NOT_ALLOWED, 8)
                .build());

        assertThat(tc.restriction(2, 7)).contains(RestrictionType.REQUIRE_CONSENT);
        assertThat(tc.restriction(2, 8)).contains(RestrictionType.NOT_ALLOWED);
    }

    @Test
    void undefinedRestrictionTypeIsDecoded() {
        TcString tc = TcStringDecoder.decode(
                new TcStringBuilder().publisherRestriction(2, RestrictionType.UNDEFINED, 7).build());

        assertThat(tc.restriction(2, 7)).contains(RestrictionType.UNDEFINED);
    }

    @Test
    void restrictionsMayNameAnySixteenBitVendorId() {
        // Restriction entries declare no MaxVendorId, unlike the vendor sections.
        TcString tc = TcStringDecoder.decode(new TcStringBuilder()
                .vendorConsents(5)
                .publisherRestriction(1, RestrictionType.NOT_ALLOWED, 65535)
                .build());

        assertThat(tc.restriction(1, 65535)).contains(RestrictionType.NOT_ALLOWED);
    }

    @Test
    void publishedStringGrantingPurposesOneToTenAndVendor755IsDecoded() {
        TcString tc = TcStringDecoder.decode(SPEC_2025_RESTRICTIONS);

        assertThat(tc.purposesConsent()).containsAll(IntStream.rangeClosed(1, 10).boxed().toList());
        assertThat(tc.vendorConsent(755)).isTrue();
        assertThat(tc.publisherRestrictions()).hasSize(10);
        assertThat(tc.restriction(7, 755)).contains(RestrictionType.REQUIRE_CONSENT);
        assertThat(tc.publisherPurposes().customConsents()).containsExactly(2, 4, 5, 7);
    }

    @Test
    void builtStringGrantingPurposesOneToTenAndVendor755IsDecoded() {
        String tcString = new TcStringBuilder()
                .purposesConsent(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
                .vendorConsents(755)
                .build();

        TcString tc = TcStringDecoder.decode(tcString);

        for (int purpose = 1; purpose <= 10; purpose++) {
            assertThat(tc.purposeConsent(purpose)).as("purpose %d", purpose).isTrue();
        }
        assertThat(tc.purposeConsent(11)).isFalse();
        assertThat(tc.vendorConsent(755)).isTrue();
        assertThat(tc.vendorConsent(754)).isFalse();
        ReferenceDecoder.assertAgrees(tcString);
    }

    @Test
    void aStringThatDeniesPurposeOneGivesNoConsentForIt() {
        String tcString = new TcStringBuilder().purposesConsent(2, 3, 4, 5, 6, 7, 8, 9, 10).vendorConsents(755).build();

        assertThat(TcStringDecoder.decode(tcString).purposeConsent(1)).isFalse();
        assertThat(TcStringDecoder.decode(IAB_CORE).purposeConsent(1)).isFalse();
        assertThat(TcStringDecoder.decode(IAB_PURPOSES_1_2).purposeConsent(1)).isTrue();
        assertThat(TCString.decode(tcString).getPurposesConsent().contains(1)).isFalse();
    }

    @Test
    void purposesOutsideTheFieldHaveNeitherConsentNorLegitimateInterest() {
        TcString tc = TcStringDecoder.decode(SPEC_2025_RESTRICTIONS);

        assertThat(tc.purposeConsent(0)).isFalse();
        assertThat(tc.purposeConsent(25)).isFalse();
        assertThat(tc.purposeLegitimateInterest(-1)).isFalse();
        assertThat(tc.vendorConsent(0)).isFalse();
        assertThat(tc.vendorConsent(70000)).isFalse();
    }

    // ---- agreement with the IAB's reference decoder ----

    @ParameterizedTest
    @FieldSource("io.journeymap.consent.internal.tcf.TcfExamples#ACCEPTED")
    void everyPublishedExampleAgreesWithTheReferenceDecoder(String tcString) {
        ReferenceDecoder.assertAgrees(tcString);
    }

    @Test
    void builtStringsAgreeWithTheReferenceDecoder() {
        Random random = new Random(20250603);
        for (int i = 0; i < 300; i++) {
            ReferenceDecoder.assertAgrees(randomBuilder(random).build());
        }
    }

    @Test
    void builtStringsDecodeToWhatWasBuilt() {
        Random random = new Random(755);
        for (int i = 0; i < 300; i++) {
            TcStringBuilder builder = randomBuilder(random);
            assertThat(TcStringDecoder.decode(builder.build())).isEqualTo(builder.expected());
        }
    }

    // ---- structure ----

    @Test
    void segmentsAfterTheCoreMayComeInAnyOrder() {
        String[] segments = SPEC_2020_ALL_SEGMENTS.split("\\.");
        String reordered = String.join(".", segments[0], segments[3], segments[2], segments[1]);

        assertThat(TcStringDecoder.decode(reordered)).isEqualTo(TcStringDecoder.decode(SPEC_2020_ALL_SEGMENTS));
    }

    @Test
    void absentSegmentsGiveNoDisclosedVendorsAndNoPublisherPurposes() {
        TcString tc = TcStringDecoder.decode(IAB_CORE);

        assertThat(tc.disclosedVendors()).isEqualTo(VendorSet.empty());
        assertThat(tc.disclosedVendors().contains(1)).isFalse();
        assertThat(tc.publisherPurposes()).isNull();
    }

    @Test
    void bitfieldAndRangeEncodingsOfTheSameVendorsDecodeEqually() {
        int[] vendors = {1, 2, 3, 10, 755, 756, 757, 1200};
        TcStringBuilder bitfield = new TcStringBuilder().vendorEncoding(TcStringBuilder.VendorEncoding.BITFIELD)
                .vendorConsents(vendors).vendorLegitimateInterests(vendors).disclosedVendors(vendors);
        TcStringBuilder range = new TcStringBuilder().vendorEncoding(TcStringBuilder.VendorEncoding.RANGE)
                .vendorConsents(vendors).vendorLegitimateInterests(vendors).disclosedVendors(vendors);

        assertThat(bitfield.build()).isNotEqualTo(range.build());
        assertThat(TcStringDecoder.decode(bitfield.build())).isEqualTo(TcStringDecoder.decode(range.build()));
    }

    @Test
    void overlappingAndUnorderedRangeEntriesAreMerged() {
        TcString tc = TcStringDecoder.decode(new TcStringBuilder()
                .vendorConsentRangeEntries(100, new int[] {50, 60}, new int[] {3}, new int[] {55, 70}, new int[] {4, 5})
                .build());

        assertThat(tc.vendorConsents().toSet())
                .containsExactlyElementsOf(concat(IntStream.rangeClosed(3, 5), IntStream.rangeClosed(50, 70)));
        assertThat(tc.vendorConsents().maxVendorId()).isEqualTo(100);
    }

    // ---- rejections: each names the field and the rule ----

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> TcStringDecoder.decode(null))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString: is null");
    }

    @Test
    void emptyStringIsRejected() {
        assertThatThrownBy(() -> TcStringDecoder.decode(""))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString: is empty");
    }

    @Test
    void inputOverTheLengthLimitIsRejectedBeforeDecoding() {
        String valid = new TcStringBuilder().build();
        String huge = valid + "." + "A".repeat(TcStringDecoder.MAX_CHARS);

        assertThatThrownBy(() -> TcStringDecoder.decode(huge))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString: has " + huge.length() + " characters; the limit is 16384");
    }

    @ParameterizedTest
    @FieldSource("io.journeymap.consent.internal.tcf.TcfExamples#VERSION_1")
    void versionOneStringsAreRejectedAsUnsupported(String tcString) {
        assertThatThrownBy(() -> TcStringDecoder.decode(tcString))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString.Version: version 1 (TCF v1.x) strings are not supported; only version 2 is");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 63})
    void versionsOtherThanTwoAreRejected(int version) {
        String tcString = new TcStringBuilder().version(version).build();

        assertThatThrownBy(() -> TcStringDecoder.decode(tcString))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString.Version: version " + version + " is not supported; only version 2 is");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+", "/", " ", "%", "\u00e9", "\n", "=A"})
    void charactersOutsideBase64UrlAreRejected(String bad) {
        String core = new TcStringBuilder().build();
        String tcString = core.substring(0, 8) + bad + core.substring(8 + bad.length());

        assertThatThrownBy(() -> TcStringDecoder.decode(tcString))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString: segment 1 has a character outside the base64url alphabet (A-Z a-z 0-9 - _)"
                        + " at offset 8");
    }

    @Test
    void aLoneFinalBase64CharacterIsRejected() {
        String tcString = IAB_CORE + "A";

        assertThatThrownBy(() -> TcStringDecoder.decode(tcString))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString: segment 1 has 45 base64url characters; a length of 4n+1 leaves a lone final"
                        + " character");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", ".IBAgAAAgAIAwgAgAAAAEAAAACA.", ".=="})
    void emptySegmentIsRejected(String suffix) {
        assertThatThrownBy(() -> TcStringDecoder.decode(IAB_CORE + suffix))
                .isInstanceOf(TcStringException.class)
                .hasMessageMatching("tcString: segment [23] is empty");
    }

    @Test
    void truncatedCoreNamesTheFieldAndTheBits() {
        // 152 bits end the core just before PurposesConsent.
        byte[] core = new TcStringBuilder().build().transform(Base64.getUrlDecoder()::decode);
        String cut = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(core, 19));

        TcStringException error = catchThrowableOfType(TcStringException.class, () -> TcStringDecoder.decode(cut));

        assertThat(error).hasMessage("tcString.PurposesConsent: the string ends at bit 152, the field needs 24 bits"
                + " from bit 152");
        assertThat(error.field()).isEqualTo("tcString.PurposesConsent");
    }

    @Test
    void truncatedBitfieldNamesTheSection() {
        String tcString = new TcStringBuilder().vendorEncoding(TcStringBuilder.VendorEncoding.BITFIELD)
                .vendorConsents(400).build();
        String cut = tcString.substring(0, 60);

        assertThatThrownBy(() -> TcStringDecoder.decode(cut))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString.VendorConsent.BitField: the string ends at bit 360, the field needs 400 bits"
                        + " from bit 230");
    }

    @Test
    void truncatedRangeEntryNamesTheField() {
        String tcString = new TcStringBuilder()
                .vendorConsentRangeEntries(300, new int[] {10, 20}, new int[] {30, 300}).build();
        // The core's fixed fields and the range header take 242 bits, the first entry 33 more, then the
        // second entry's IsARange and StartOrOnlyVendorId 17: its EndVendorId starts at bit 292.
        byte[] core = Base64.getUrlDecoder().decode(tcString);
        String cut = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(core, 38));

        assertThatThrownBy(() -> TcStringDecoder.decode(cut))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString.VendorConsent.EndVendorId: the string ends at bit 304, the field needs 16 bits"
                        + " from bit 292");
    }

    @Test
    void truncatedPublisherTcNamesItsSegment() {
        String tcString = new TcStringBuilder().customPurposes(40).build();
        String cut = tcString.substring(0, tcString.length() - 8);

        assertThatThrownBy(() -> TcStringDecoder.decode(cut))
                .isInstanceOf(TcStringException.class)
                .hasMessageStartingWith("publisherTC.CustomPurposes");
    }

    @Test
    void rangeEndingBeforeItsStartIsRejected() {
        String tcString = new TcStringBuilder()
                .vendorConsentRangeEntries(100, new int[] {5}, new int[] {40, 12}).build();

        assertThatThrownBy(() -> TcStringDecoder.decode(tcString))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString.VendorConsent.EndVendorId: range entry 2 ends at vendor id 12, before its"
                        + " StartOrOnlyVendorId 40");
    }

    @Test
    void rangeVendorIdZeroIsRejected() {
        String tcString = new TcStringBuilder().vendorConsentRangeEntries(100, new int[] {0}).build();

        assertThatThrownBy(() -> TcStringDecoder.decode(tcString))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString.VendorConsent.StartOrOnlyVendorId: range entry 1 names vendor id 0; vendor ids"
                        + " start at 1");
    }

    @Test
    void rangeStartAboveMaxVendorIdIsRejected() {
        String tcString = new TcStringBuilder().vendorConsentRangeEntries(100, new int[] {101}).build();

        assertThatThrownBy(() -> TcStringDecoder.decode(tcString))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString.VendorConsent.StartOrOnlyVendorId: range entry 1 names vendor id 101, above"
                        + " MaxVendorId 100");
    }

    @Test
    void rangeEndAboveMaxVendorIdIsRejected() {
        String tcString = new TcStringBuilder().vendorConsentRangeEntries(100, new int[] {90, 101}).build();

        assertThatThrownBy(() -> TcStringDecoder.decode(tcString))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString.VendorConsent.EndVendorId: range entry 1 ends at vendor id 101, above"
                        + " MaxVendorId 100");
    }

    @Test
    void restrictionRangeEndingBeforeItsStartIsRejected() {
        String tcString = new TcStringBuilder()
                .publisherRestrictionRangeEntries(2, RestrictionType.NOT_ALLOWED, new int[] {9, 8}).build();

        assertThatThrownBy(() -> TcStringDecoder.decode(tcString))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString.PubRestrictionEntry.EndVendorId: range entry 1 ends at vendor id 8, before its"
                        + " StartOrOnlyVendorId 9");
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 6, 7})
    void unknownSegmentTypeIsRejected(int segmentType) {
        String segment = new BitWriter().field(segmentType, 3).field(0, 21).toBase64Url();

        assertThatThrownBy(() -> TcStringDecoder.decode(IAB_CORE + "." + segment))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString.SegmentType: segment 2 has SegmentType " + segmentType + ", which the spec does"
                        + " not define (after the core: 1 DisclosedVendors, 2 AllowedVendors, 3 PublisherTC)");
    }

    @Test
    void coreSegmentTypeAfterTheCoreIsRejected() {
        // iabtcf-java's testDefaultSegmentType appends this segment and expects it ignored.
        assertThatThrownBy(() -> TcStringDecoder.decode(IAB_CORE + ".AA"))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString.SegmentType: segment 2 has SegmentType 0 (the core), which only the first"
                        + " segment may have");
    }

    @Test
    void repeatedSegmentTypeIsRejected() {
        assertThatThrownBy(() -> TcStringDecoder.decode(SPEC_2020_REPEATED_DISCLOSED))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString.SegmentType: segment 3 repeats SegmentType 1 (disclosedVendors), which may"
                        + " appear once");
    }

    @Test
    void lettersBeyondZAreRejected() {
        String tcString = new TcStringBuilder().consentLanguage("E[").build();

        assertThatThrownBy(() -> TcStringDecoder.decode(tcString))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString.ConsentLanguage: letter value 26 is outside a=0..z=25");
    }

    @Test
    void rangeEntriesBeyondTheDecodersLimitAreRejected() {
        String tcString = new TcStringBuilder()
                .vendorEncoding(TcStringBuilder.VendorEncoding.RANGE)
                .vendorConsents(1, 3)
                .vendorLegitimateInterests(5, 7)
                .build();

        assertThat(TcStringDecoder.decode(tcString, TcStringDecoder.MAX_CHARS, 4).vendorConsent(3)).isTrue();
        assertThatThrownBy(() -> TcStringDecoder.decode(tcString, TcStringDecoder.MAX_CHARS, 3))
                .isInstanceOf(TcStringException.class)
                .hasMessage("tcString.VendorLegitimateInterest.NumEntries: 2 range entries would bring the string"
                        + " past the decoder's limit of 3 range entries");
    }

    @Test
    void messagesNeverQuoteTheInput() {
        List<String> inputs = List.of(
                IAB_CORE + "+secret",
                SPEC_2020_REPEATED_DISCLOSED,
                "BObdrPUOevsguAfDqFENCNAAAAAmeAAA",
                IAB_CORE.substring(0, 30),
                "<script>alert(1)</script>",
                "CPA9dwAPA9dwAKjACBENAPCIAEBAAECAAIAAAAAAAAAA.secretsecret");
        for (String input : inputs) {
            TcStringException error = catchThrowableOfType(TcStringException.class, () -> TcStringDecoder.decode(input));
            assertThat(error).as(input).isNotNull();
            for (String part : input.split("[.+]")) {
                if (part.length() >= 6) {
                    assertThat(error.getMessage()).as(input).doesNotContain(part);
                }
            }
            assertThat(error.getMessage()).doesNotContain("secret").doesNotContain("script");
        }
    }

    // ---- where the reference decoder reads what we reject ----

    @Test
    void referenceDecoderReadsTheFirstOfRepeatedSegmentsWhichWeReject() {
        TCString reference = TCString.decode(SPEC_2020_REPEATED_DISCLOSED);

        assertThat(reference.getDisclosedVendors().toSet())
                .isEqualTo(TcStringDecoder.decode(SPEC_2020_DISCLOSED).disclosedVendors().toSet());
    }

    @Test
    void referenceDecoderAcceptsSingleVendorIdsOutsideTheSectionWhichWeReject() {
        String zero = new TcStringBuilder().vendorConsentRangeEntries(100, new int[] {0}).build();
        String aboveMax = new TcStringBuilder().vendorConsentRangeEntries(100, new int[] {101}).build();

        assertThat(TCString.decode(zero).getVendorConsent().toSet()).containsExactly(0);
        assertThat(TCString.decode(aboveMax).getVendorConsent().toSet()).containsExactly(101);
    }

    @Test
    void referenceDecoderTurnsLetterValuesBeyondZIntoPunctuationWhichWeReject() {
        String tcString = new TcStringBuilder().consentLanguage("E[").build();

        assertThat(TCString.decode(tcString).getConsentLanguage()).isEqualTo("E[");
    }

    // ---- helpers ----

    /** A builder with random but valid content: every field, both encodings, all segments sometimes. */
    static TcStringBuilder randomBuilder(Random random) {
        TcStringBuilder builder = new TcStringBuilder()
                .created(Instant.ofEpochMilli(random.nextLong(0, 4_000_000_000_000L)))
                .lastUpdated(Instant.ofEpochMilli(random.nextLong(0, 4_000_000_000_000L)))
                .cmpId(random.nextInt(4096))
                .cmpVersion(random.nextInt(4096))
                .consentScreen(random.nextInt(64))
                .consentLanguage("" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)))
                .vendorListVersion(random.nextInt(4096))
                .policyVersion(random.nextInt(64))
                .serviceSpecific(random.nextBoolean())
                .useNonStandardTexts(random.nextBoolean())
                .specialFeatureOptIns(randomIds(random, 12, 4))
                .purposesConsent(randomIds(random, 24, 12))
                .purposesLegitimateInterest(randomIds(random, 24, 12))
                .purposeOneTreatment(random.nextBoolean())
                .publisherCountryCode("" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)))
                .vendorEncoding(TcStringBuilder.VendorEncoding.values()[random.nextInt(3)])
                .vendorConsents(randomVendors(random))
                .vendorLegitimateInterests(randomVendors(random));
        int restrictions = random.nextInt(4);
        for (int i = 0; i < restrictions; i++) {
            builder.publisherRestriction(1 + random.nextInt(24), RestrictionType.fromCode(random.nextInt(4)),
                    randomVendors(random));
        }
        if (random.nextBoolean()) {
            builder.disclosedVendors(randomVendors(random));
        }
        if (random.nextInt(4) == 0) {
            builder.allowedVendors(randomVendors(random));
        }
        if (random.nextBoolean()) {
            builder.publisherPurposesConsent(randomIds(random, 24, 6))
                    .publisherPurposesLegitimateInterest(randomIds(random, 24, 6))
                    .customPurposes(random.nextInt(10))
                    .customPurposesConsent(randomIds(random, 10, 3))
                    .customPurposesLegitimateInterest(randomIds(random, 10, 3));
        }
        return builder;
    }

    private static int[] randomIds(Random random, int max, int count) {
        return random.ints(random.nextInt(count + 1), 1, max + 1).toArray();
    }

    /** Vendor ids, sometimes none, sometimes runs (for IsARange entries), up to 1400 like today's GVL. */
    private static int[] randomVendors(Random random) {
        List<Integer> ids = new ArrayList<>();
        int groups = random.nextInt(6);
        for (int i = 0; i < groups; i++) {
            int start = 1 + random.nextInt(1400);
            int length = random.nextBoolean() ? 1 : 1 + random.nextInt(30);
            for (int id = start; id < start + length; id++) {
                ids.add(id);
            }
        }
        Collections.shuffle(ids, random);
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<Integer> concat(IntStream first, IntStream second) {
        return IntStream.concat(first, second).boxed().toList();
    }
}
