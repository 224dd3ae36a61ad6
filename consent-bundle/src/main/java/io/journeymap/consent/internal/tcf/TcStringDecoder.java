package io.journeymap.consent.internal.tcf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decodes IAB TCF v2 (v2.2, v2.3) TC strings, per the IAB Tech Lab "Consent string and vendor list
 * formats v2" spec: a core segment, then in any order at most one each of DisclosedVendors (segment
 * type 1), AllowedVendors (2, deprecated with out-of-band legal bases: checked, then dropped) and
 * PublisherTC (3), joined by '.', each base64url without padding.
 *
 * <p>Any input gives a {@link TcString} or a {@link TcStringException}, never another exception.
 * The work and memory are bounded by the input, which is capped at {@value #MAX_CHARS} characters,
 * and the range entries of all sections together are capped at {@value #MAX_RANGE_ENTRIES}.
 */
public final class TcStringDecoder {

    /** The longest TC string accepted; real ones are a few hundred characters. */
    public static final int MAX_CHARS = 16 * 1024;

    /**
     * The most range entries (vendor consents, legitimate interests, publisher restrictions and the
     * other segments together) one string may hold. The length cap already bounds them; this keeps the
     * bound if that cap is ever raised.
     */
    public static final int MAX_RANGE_ENTRIES = 8192;

    private static final int VERSION = 2;
    private static final long MILLIS_PER_DECISECOND = 100;

    private TcStringDecoder() {}

    /**
     * Decodes {@code tcString}.
     *
     * @throws TcStringException if it is null, empty, longer than {@value #MAX_CHARS} characters, not
     *     base64url, not version 2, truncated, or breaks a rule of the spec
     */
    public static TcString decode(String tcString) throws TcStringException {
        return decode(tcString, MAX_CHARS, MAX_RANGE_ENTRIES);
    }

    /** {@link #decode(String)} with other limits, so tests can reach them with small strings. */
    static TcString decode(String tcString, int maxChars, int maxRangeEntries) {
        if (tcString == null) {
            throw new TcStringException("tcString", "is null");
        }
        if (tcString.isEmpty()) {
            throw new TcStringException("tcString", "is empty");
        }
        if (tcString.length() > maxChars) {
            throw new TcStringException("tcString", "has " + tcString.length() + " characters; the limit is "
                    + maxChars);
        }
        return new Decoding(tcString, maxRangeEntries).decode();
    }

    /** One decoding: the input, and the range entries it may still use. */
    private static final class Decoding {

        private final String text;
        private int rangeEntriesLeft;
        private final int maxRangeEntries;

        Decoding(String text, int maxRangeEntries) {
            this.text = text;
            this.rangeEntriesLeft = maxRangeEntries;
            this.maxRangeEntries = maxRangeEntries;
        }

        TcString decode() {
            int coreEnd = segmentEnd(0);
            Core core = decodeCore(new BitReader(Base64Url.decode(text, 0, coreEnd, 1), "tcString"));

            VendorSet disclosed = VendorSet.empty();
            PublisherPurposes publisher = null;
            boolean[] seen = new boolean[SegmentType.values().length];
            int start = coreEnd + 1;
            for (int number = 2; start <= text.length(); number++) {
                int end = segmentEnd(start);
                byte[] bytes = Base64Url.decode(text, start, end, number);
                SegmentType type = SegmentType.of(bytes, number);
                if (seen[type.ordinal()]) {
                    throw new TcStringException("tcString.SegmentType", "segment " + number + " repeats SegmentType "
                            + type.code + " (" + type.field + "), which may appear once");
                }
                seen[type.ordinal()] = true;
                BitReader reader = new BitReader(bytes, type.field);
                reader.readInt(3, "SegmentType");
                switch (type) {
                    case DISCLOSED_VENDORS -> disclosed = vendorSection(reader, "");
                    // Allowed vendors served out-of-band legal bases, deprecated since 2021: the segment is
                    // still checked, so a malformed one is not waved through, then dropped.
                    case ALLOWED_VENDORS -> vendorSection(reader, "");
                    case PUBLISHER_TC -> publisher = publisherPurposes(reader);
                }
                start = end + 1;
            }
            return core.toTcString(disclosed, publisher);
        }

        /** The index of the '.' ending the segment that starts at {@code start}, or the input's end. */
        private int segmentEnd(int start) {
            int dot = text.indexOf('.', start);
            return dot < 0 ? text.length() : dot;
        }

        private Core decodeCore(BitReader in) {
            Core core = new Core();
            core.version = in.readInt(6, "Version");
            if (core.version != VERSION) {
                throw in.error("Version", core.version == 1
                        ? "version 1 (TCF v1.x) strings are not supported; only version 2 is"
                        : "version " + core.version + " is not supported; only version 2 is");
            }
            core.created = Instant.ofEpochMilli(in.readLong(36, "Created") * MILLIS_PER_DECISECOND);
            core.lastUpdated = Instant.ofEpochMilli(in.readLong(36, "LastUpdated") * MILLIS_PER_DECISECOND);
            core.cmpId = in.readInt(12, "CmpId");
            core.cmpVersion = in.readInt(12, "CmpVersion");
            core.consentScreen = in.readInt(6, "ConsentScreen");
            core.consentLanguage = in.readLetters("ConsentLanguage");
            core.vendorListVersion = in.readInt(12, "VendorListVersion");
            core.policyVersion = in.readInt(6, "TcfPolicyVersion");
            core.serviceSpecific = in.readBoolean("IsServiceSpecific");
            core.useNonStandardTexts = in.readBoolean("UseNonStandardTexts");
            core.specialFeatureOptIns = in.readFlags(12, "SpecialFeatureOptIns");
            core.purposesConsent = in.readFlags(24, "PurposesConsent");
            core.purposesLegitimateInterest = in.readFlags(24, "PurposesLITransparency");
            core.purposeOneTreatment = in.readBoolean("PurposeOneTreatment");
            core.publisherCountryCode = in.readLetters("PublisherCC");
            core.vendorConsents = vendorSection(in, "VendorConsent.");
            core.vendorLegitimateInterests = vendorSection(in, "VendorLegitimateInterest.");
            core.publisherRestrictions = publisherRestrictions(in);
            return core;
        }

        /**
         * MaxVendorId, IsRangeEncoding, then a BitField or NumEntries range entries, each of whose ids
         * must lie in 1..MaxVendorId.
         *
         * @param section prefixes the field names, e.g. {@code VendorConsent.}
         */
        private VendorSet vendorSection(BitReader in, String section) {
            int maxVendorId = in.readInt(16, section + "MaxVendorId");
            if (!in.readBoolean(section + "IsRangeEncoding")) {
                return in.readVendorBitField(maxVendorId, section + "BitField");
            }
            return rangeEntries(in, section, maxVendorId, "MaxVendorId").toSet(maxVendorId);
        }

        /**
         * NumEntries, then that many IsARange, StartOrOnlyVendorId[, EndVendorId] entries.
         *
         * @param maxVendorId the highest id allowed: the section's MaxVendorId, or {@link VendorSet#MAX_ID}
         * @param bound what {@code maxVendorId} is, for messages
         */
        private VendorSet.Ranges rangeEntries(BitReader in, String section, int maxVendorId, String bound) {
            int entries = in.readInt(12, section + "NumEntries");
            if (entries > rangeEntriesLeft) {
                throw in.error(section + "NumEntries", entries + " range entries would bring the string past the"
                        + " decoder's limit of " + maxRangeEntries + " range entries");
            }
            rangeEntriesLeft -= entries;
            VendorSet.Ranges ranges = new VendorSet.Ranges(entries);
            for (int entry = 1; entry <= entries; entry++) {
                boolean isRange = in.readBoolean(section + "IsARange");
                int first = in.readInt(16, section + "StartOrOnlyVendorId");
                if (first == 0) {
                    throw in.error(section + "StartOrOnlyVendorId", "range entry " + entry
                            + " names vendor id 0; vendor ids start at 1");
                }
                if (first > maxVendorId) {
                    throw in.error(section + "StartOrOnlyVendorId", "range entry " + entry + " names vendor id "
                            + first + ", above " + bound + " " + maxVendorId);
                }
                int last = first;
                if (isRange) {
                    last = in.readInt(16, section + "EndVendorId");
                    if (last < first) {
                        throw in.error(section + "EndVendorId", "range entry " + entry + " ends at vendor id "
                                + last + ", before its StartOrOnlyVendorId " + first);
                    }
                    if (last > maxVendorId) {
                        throw in.error(section + "EndVendorId", "range entry " + entry + " ends at vendor id "
                                + last + ", above " + bound + " " + maxVendorId);
                    }
                }
                ranges.add(first, last);
            }
            return ranges;
        }

        /** NumPubRestrictions, then that many PurposeId, RestrictionType, range entries. */
        private List<PublisherRestriction> publisherRestrictions(BitReader in) {
            int count = in.readInt(12, "NumPubRestrictions");
            // Each entry takes at least 20 bits, so a count the string cannot hold fails at the first
            // missing entry rather than by allocating for it.
            List<PublisherRestriction> restrictions = new ArrayList<>(Math.min(count, 64));
            for (int i = 1; i <= count; i++) {
                int purposeId = in.readInt(6, "PubRestrictionEntry.PurposeId");
                RestrictionType type = RestrictionType.fromCode(in.readInt(2, "PubRestrictionEntry.RestrictionType"));
                // Restriction entries declare no MaxVendorId: any 16-bit id from 1 up is allowed.
                VendorSet vendors = rangeEntries(in, "PubRestrictionEntry.", VendorSet.MAX_ID, "the largest vendor id")
                        .toSet(-1);
                restrictions.add(new PublisherRestriction(purposeId, type, vendors));
            }
            return restrictions;
        }

        private PublisherPurposes publisherPurposes(BitReader in) {
            Set<Integer> consents = in.readFlags(24, "PubPurposesConsent");
            Set<Integer> legitimateInterests = in.readFlags(24, "PubPurposesLITransparency");
            int custom = in.readInt(6, "NumCustomPurposes");
            Set<Integer> customConsents = in.readFlags(custom, "CustomPurposesConsent");
            Set<Integer> customLegitimateInterests = in.readFlags(custom, "CustomPurposesLITransparency");
            return new PublisherPurposes(consents, legitimateInterests, customConsents, customLegitimateInterests);
        }
    }

    /** The segment types that may follow the core segment. */
    private enum SegmentType {
        DISCLOSED_VENDORS(1, "disclosedVendors"),
        ALLOWED_VENDORS(2, "allowedVendors"),
        PUBLISHER_TC(3, "publisherTC");

        final int code;
        final String field;

        SegmentType(int code, String field) {
            this.code = code;
            this.field = field;
        }

        /** The type in the first 3 bits of segment {@code number}, which is not the core segment. */
        static SegmentType of(byte[] bytes, int number) {
            // Base64Url.decode returns at least one byte for a non-empty segment.
            int code = (bytes[0] & 0xFF) >>> 5;
            for (SegmentType type : values()) {
                if (type.code == code) {
                    return type;
                }
            }
            throw new TcStringException("tcString.SegmentType", code == 0
                    ? "segment " + number + " has SegmentType 0 (the core), which only the first segment may have"
                    : "segment " + number + " has SegmentType " + code + ", which the spec does not define (after"
                            + " the core: 1 DisclosedVendors, 2 AllowedVendors, 3 PublisherTC)");
        }
    }

    /** The core segment's fields, gathered before the other segments are read. */
    private static final class Core {
        int version;
        Instant created;
        Instant lastUpdated;
        int cmpId;
        int cmpVersion;
        int consentScreen;
        String consentLanguage;
        int vendorListVersion;
        int policyVersion;
        boolean serviceSpecific;
        boolean useNonStandardTexts;
        Set<Integer> specialFeatureOptIns;
        Set<Integer> purposesConsent;
        Set<Integer> purposesLegitimateInterest;
        boolean purposeOneTreatment;
        String publisherCountryCode;
        VendorSet vendorConsents;
        VendorSet vendorLegitimateInterests;
        List<PublisherRestriction> publisherRestrictions;

        TcString toTcString(VendorSet disclosedVendors, PublisherPurposes publisherPurposes) {
            return new TcString(version, created, lastUpdated, cmpId, cmpVersion, consentScreen, consentLanguage,
                    vendorListVersion, policyVersion, serviceSpecific, useNonStandardTexts, specialFeatureOptIns,
                    purposesConsent, purposesLegitimateInterest, purposeOneTreatment, publisherCountryCode,
                    vendorConsents, vendorLegitimateInterests, publisherRestrictions, disclosedVendors,
                    publisherPurposes);
        }
    }
}
