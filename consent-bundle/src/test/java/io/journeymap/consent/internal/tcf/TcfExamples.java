package io.journeymap.consent.internal.tcf;

import java.util.List;

/**
 * TC strings published by the IAB, decoded as facts. {@code SPEC_*} come from
 * InteractiveAdvertisingBureau/GDPR-Transparency-and-Consent-Framework, file
 * "TCFv2/IAB Tech Lab - Consent string and vendor list formats v2.md", at the commit named;
 * {@code IAB_*} from InteractiveAdvertisingBureau/iabtcf-java, the test named, in
 * iabtcf-decoder/src/test/java/com/iabtcf/decoder/ or iabtcf-encoder/src/test/java/com/iabtcf/encoder/.
 */
final class TcfExamples {

    /** The current spec's example of a core and a DisclosedVendors segment (commit 10b489e). */
static final String SPEC_CORE_AND_DISCLOSED =
            "CQSbk4AQSbk4ANwAAAENAwCgAAAAAAAAAAYgACPAAAAA.IDKQA4AAgAKAGQAygAAA";

    /** The current spec's example of core, DisclosedVendors and Publisher TC segments (commit 10b489e). */
    static final String SPEC_WITH_PUBLISHER_TC =
            "CQSbk4AQSbk4ANwAAAENAwCgAAAAAAAAAAYgACPAAAAA.IDKQA4AAgAKAGQAygAAA.YAAAAAAAAAAA";

    /** The spec's 2025 example of a core string (commit 1fa3569): range-encoded vendor sections. */
    static final String SPEC_2025_CORE =
            "CQNIGUAQNIGUAA4ACAFRBdFgALAAAAEgAAIgKRwBYAFgAbABgAGQCmgOHgpECkYBEQA4AFAAWAEUARAAAAAA";

    /**
     * The spec's 2025 example with a Publisher TC segment (commit 1fa3569): purposes 1-11 and vendor
     * 755 consented, ten publisher restrictions, custom purposes.
     */
    static final String SPEC_2025_RESTRICTIONS =
            "CQNIGUAQNIGUAE1ACADEBbFgAP_gAAAAAAYgKBpV9C7dbWFF8X53aPtkOY0X19BzIsQhBhSBAyAFyBOQ8JQA02E6NASg"
            + "JiACEAAAoxTBAAFEHABEAQCAQAAEAADsIAwEgAAIIABEgBEQAAJYAAgKCIggEAAIgAIEEgAAmBiAKdLmXUiAgIACCgCQ"
            + "ACABAICAAgMABAAIAAIAAAAAwgAAgAJgoAIAAAAAARAIAAAAAAAAAAAAIAAAAAAAAAAAgAAAKHQAYAAgoGMgAwABBQMV"
            + "ABgACCgYiADAAEFAw0AGAAIKBhIAMAAQUDLQAYAAgoGUgAwABBQMlABgACCgZCADAAEFAw.YAAAAAAAA60A";

    /** The spec's 2020 out-of-band example, core only (commit 0d95ecc). */
    static final String SPEC_2020_CORE =
            "COvFyGBOvFyGBAbAAAENAPCAAOAAAAAAAAAAAEEUACCKAAA";

    /** The spec's 2020 out-of-band example with a DisclosedVendors segment (commit 0d95ecc). */
    static final String SPEC_2020_DISCLOSED =
            "COvFyGBOvFyGBAbAAAENAPCAAOAAAAAAAAAAAEEUACCKAAA.IFoEUQQgAIQwgIwQABAEAAAAOIAACAIAAAAQAIAgEAAC"
            + "EAAAAAgAQBAAAAAAAGBAAgAAAAAAAFAAECAAAgAAQARAEQAAAAAJAAIAAgAAAYQEAAAQmAgBC3ZAYzUw";

    /**
     * The spec's 2020 out-of-band "Example 3" (commit 0d95ecc): its third segment is a second
     * DisclosedVendors segment (type 1), which we reject and the reference decoder skips.
     */
    static final String SPEC_2020_REPEATED_DISCLOSED =
            "COvFyGBOvFyGBAbAAAENAPCAAOAAAAAAAAAAAEEUACCKAAA.IFoEUQQgAIQwgIwQABAEAAAAOIAACAIAAAAQAIAgEAAC"
            + "EAAAAAgAQBAAAAAAAGBAAgAAAAAAAFAAECAAAgAAQARAEQAAAAAJAAIAAgAAAYQEAAAQmAgBC3ZAYzUw.PVAfDObdrA";

    /**
     * The spec's 2020 example of all four segments: core, DisclosedVendors, AllowedVendors,
     * Publisher TC (commit 0d95ecc).
     */
    static final String SPEC_2020_ALL_SEGMENTS =
            "COw4XqLOw4XqLAAAAAENAXCAAAAAAAAAAAAAAAAAAAAA.IFukWSQgAIQwgI0QEByFAAAAeIAACAIgSAAQAIAgEQACEAB"
            + "AAAgAQFAEAIAAAGBAAgAAAAQAIFAAMCQAAgAAQiRAEQAAAAANAAIAAggAIYQFAAARmggBC3ZCYzU2yIA.QFukWSQgAIQ"
            + "wgI0QEByFAAAAeIAACAIgSAAQAIAgEQACEABAAAgAQFAEAIAAAGBAAgAAAAQAIFAAMCQAAgAAQiRAEQAAAAANAAIAAgg"
            + "AIYQFAAARmggBC3ZCYzU2yIA.YAAAAAAAAAAAAAAAAAA";

    /** The spec's 2020 example of a core and a Publisher TC segment (commit 0d95ecc). */
    static final String SPEC_2020_PUBLISHER_TC =
            "CLcVDxRMWfGmWAVAHCENAXCkAKDAADnAABRgA5mdfCKZuYJez-NQm0TBMYA4oCAAGQYIAAAAAAEAIAEgAA.argAC0gAA"
            + "AAAAAAAAAA";

    /** The spec's 2020 example of core, DisclosedVendors and AllowedVendors segments (commit 0d95ecc). */
    static final String SPEC_2020_ALLOWED =
            "CGL23UdMFJzvuA9ACCENAXCEAC0AAGrAAA5YA5ht7-_d_7_vd-f-nrf4_4A4hM4JCKoK4YhmAqABgAEgAA.IFut_a83_"
            + "Ma_t-_SvB3v4-IAeIAACAIgSAAQAIAgEQACEABAAAgAQFAEAIAAAGBAAgAAAAQAIFAAMCQAAgAAQiRAEQAAAAANAAIAA"
            + "ggAIYQFAAARmggBC3ZCYzU2yIA.QFulWfTw4obx_Z2zUj6XkNIAeIAACAIgSAAQAIAgEQACEABAAAgAQFAEAIAAAGBAA"
            + "gAAAAQAIFAAMCQAAgAAQiRAEQAAAAANAAIAAggAIYQFAAARmggBC3ZCYzU2yIA";

    /** iabtcf-java TCStringV2Test#testCanConstructTCModelFromBase64String: purposes 2 and 10, no vendors. */
    static final String IAB_CORE =
            "COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA";

    /** iabtcf-java TCStringV2Test#testConstructConsentsFromBitFields: bitfield vendor sections. */
    static final String IAB_BITFIELD =
            "COrEAV4OrXx94ACABBENAHCIAD-AAAAAAACAAxAAAAgAIAwgAgAAAAEAgQAAAAAEAYQAQAAAACAAAABAAA";

    /** iabtcf-java TCStringV2Test#testCanParseDisclosedAndAllowedVendors. */
    static final String IAB_DISCLOSED_ALLOWED =
            "COrEAV4OrXx94ACABBENAHCIAD-AAAAAAACAAxAAAAgAIAwgAgAAAAEAgQAAAAAEAYQAQAAAACAAAABAAA.IBAgAAAgA"
            + "IAwgAgAAAAEAAAACA.QAagAQAgAIAwgA";

    /** iabtcf-java TCStringV2Test#testCanParseAllParts: a '='-padded Publisher TC segment. */
    static final String IAB_ALL_PARTS =
            "COrEAV4OrXx94ACABBENAHCIAD-AAAAAAACAAxAAAAgAIAwgAgAAAAEAgQAAAAAEAYQAQAAAACAAAABAAA.IBAgAAAgA"
            + "IAwgAgAAAAEAAAACA.QAagAQAgAIAwgA.cAAAAAAAITg=";

    /** iabtcf-java TCStringV2Test#testCanParseRangeEncodedVendorLegitimateInterests. */
    static final String IAB_RANGE_LI =
            "COv__-wOv__-wC2AAAENAPCgAAAAAAAAAAAAA_wAQA_gEBABAEAAAA";

    /** iabtcf-java TCStringV2Test#testRange, the core of its one-range string: single-id entries. */
    static final String IAB_ONE_RANGE =
            "COwBOpCOwBOpCLqAAAENAPCAAAAAAAAAAAAAFfwAQFfgUbABAUaAAA";

    /** iabtcf-java TCStringV2Test#testRange, its two-range string: IsARange entries. */
    static final String IAB_TWO_RANGES =
            "COwBOpCOwBOpCLqAAAENAPCAAAAAAAAAAAAAFfwAYFfAV-BVkAGBVYFWAAA.IFoEUQQgAIQwgIwQABAEAAAAOIAACAIA"
            + "AAAQAIAgEAACEAAAAAgAQBAAAAAAAGBAAgAAAAAAAFAAECAAAgAAQARAEQAAAAAJAAIAAgAAAYQEAAAQmAgBC3ZAYzUw";

    /** iabtcf-java TCStringV2Test#testPurposesConsent: purposes 1 and 2. */
    static final String IAB_PURPOSES_1_2 =
            "COwxsONOwxsONKpAAAENAdCAAMAAAAAAAAAAAAAAAAAA";

    /** iabtcf-java TCStringDecoderTest#testCanCreateModelFromTwoPartsString. */
    static final String IAB_TWO_PARTS =
            "COtybn4PA_zT4KjACBENAPCIAEBAAECAAIAAAAAAAAAA.IFoEUQQgAIQwgIwQABAEAAAAOIAACAIAAAAQAIAgEAACEAA"
            + "AAAgAQBAAAAAAAGBAAgAAAAAAAFAAECAAAgAAQARAEQAAAAAJAAIAAgAAAYQEAAAQmAgBC3ZAYzUw";

    /** iabtcf-java TCStringV2EncoderTest#testToTCString (iabtcf-encoder). */
    static final String IAB_ENCODER =
            "CPA9dwAPA9dwAKjACBENAPCIAEBAAECAAIAAAAAAAAAA";

    /**
     * iabtcf-java TCStringV2EncoderTest#testEncodingUsingTcfStringWithPublisherRestrictions at
     * commit f677da3 (since removed): three publisher restrictions.
     */
    static final String IAB_RESTRICTIONS =
            "CO9ZBNoO9ZBNoAOACAENAnCsAP_AAH_AACiQFvNR6RBUJWjjMCAZg7BAAQQLIBADAAwAhAQIAAAAQIAEoBgGKEEQnBUg"
            + "AAAACAAgAAYAAAAkFCAAAQAAAAAAgQIMQECICwBAAJAAgEEQQwAQAARMAgFSEQAAREwAEC0CARAAqAJAhCAAEgRAgAIA"
            + "EAAgAgAAIQAgAAAAAAAACUAQBFCAAAAgAAAAAAAAQAAEAAAAAAAAAAAAAAAAAAIAEAAAABoAAAAAAQCAAAQAIAAACAAA"
            + "IAAAAAAIAYaAQACoAJkAVQBWAFIANIAcQCbAE7CIBAAKgAmQBVAFYAUgArgBxAJsATsKgDAAqACYAI4AUgA4gE2A";

    /** The version 1 strings of iabtcf-java TCStringV1Test (the second '='-padded). */
    static final List<String> VERSION_1 =
            List.of("BObdrPUOevsguAfDqFENCNAAAAAmeAAA", "BOOzQoAOOzQoAAPAFSENCW-AIBACBAAABCA=");

    /** Every version 2 example that both our decoder and the reference decoder accept. */
    static final List<String> ACCEPTED = List.of(
            SPEC_CORE_AND_DISCLOSED,
            SPEC_WITH_PUBLISHER_TC,
            SPEC_2025_CORE,
            SPEC_2025_RESTRICTIONS,
            SPEC_2020_CORE,
            SPEC_2020_DISCLOSED,
            SPEC_2020_ALL_SEGMENTS,
            SPEC_2020_PUBLISHER_TC,
            SPEC_2020_ALLOWED,
            IAB_CORE,
            IAB_BITFIELD,
            IAB_DISCLOSED_ALLOWED,
            IAB_ALL_PARTS,
            IAB_RANGE_LI,
            IAB_ONE_RANGE,
            IAB_TWO_RANGES,
            IAB_PURPOSES_1_2,
            IAB_TWO_PARTS,
            IAB_ENCODER,
            IAB_RESTRICTIONS);

    private TcfExamples() {}
}
