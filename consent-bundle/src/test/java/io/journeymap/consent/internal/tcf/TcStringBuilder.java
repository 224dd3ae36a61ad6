package io.journeymap.consent.internal.tcf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Test helper: encodes TC strings field by field, per the TCF v2 spec, so that tests anywhere in the
 * bundle can make the strings they need, e.g.
 * {@code new TcStringBuilder().purposesConsent(2, 3).vendorConsents(755).build()}.
 *
 * <p>Every field starts at a plausible TCF v2.2 value (see the field initialisers); setters of id
 * sets replace the set. The DisclosedVendors, AllowedVendors and Publisher TC segments are written
 * only when one of their setters was called. Vendor sections take the smaller of the bitfield and
 * range encodings, as the spec asks of encoders, unless {@link #vendorEncoding} says otherwise.
 *
 * <p>The {@code ...RangeEntries} methods write range entries exactly as given, unchecked, so that
 * tests can make strings that break the spec's rules.
 */
public final class TcStringBuilder {

    /** How vendor sections (consents, legitimate interests, disclosed and allowed vendors) are encoded. */
    public enum VendorEncoding {
        /** The smaller of the two; the bitfield on a tie. */
        SMALLEST,
        BITFIELD,
        RANGE
    }

    /** A day-level timestamp, as TCF v2.2 CMPs write Created and LastUpdated. */
    public static final Instant DEFAULT_TIMESTAMP = Instant.parse("2025-06-03T00:00:00Z");

    private int version = 2;
    private Instant created = DEFAULT_TIMESTAMP;
    private Instant lastUpdated = DEFAULT_TIMESTAMP;
    private int cmpId = 10;
    private int cmpVersion = 1;
    private int consentScreen = 1;
    private String consentLanguage = "EN";
    private int vendorListVersion = 150;
    // The TcfPolicyVersion of the 2025 examples in the spec.
    private int policyVersion = 5;
    private boolean serviceSpecific = true;
    private boolean useNonStandardTexts;
    private SortedSet<Integer> specialFeatureOptIns = new TreeSet<>();
    private SortedSet<Integer> purposesConsent = new TreeSet<>();
    private SortedSet<Integer> purposesLegitimateInterest = new TreeSet<>();
    private boolean purposeOneTreatment;
    private String publisherCountryCode = "DE";
    private VendorEncoding vendorEncoding = VendorEncoding.SMALLEST;
    private VendorSection vendorConsents = VendorSection.of(new int[0]);
    private VendorSection vendorLegitimateInterests = VendorSection.of(new int[0]);
    private final List<Restriction> restrictions = new ArrayList<>();
    private VendorSection disclosedVendors;
    private VendorSection allowedVendors;
    private PublisherTc publisherTc;

    public TcStringBuilder version(int value) {
        version = value;
        return this;
    }

    public TcStringBuilder created(Instant value) {
        created = value;
        return this;
    }

    public TcStringBuilder lastUpdated(Instant value) {
        lastUpdated = value;
        return this;
    }

    public TcStringBuilder cmpId(int value) {
        cmpId = value;
        return this;
    }

    public TcStringBuilder cmpVersion(int value) {
        cmpVersion = value;
        return this;
    }

    public TcStringBuilder consentScreen(int value) {
        consentScreen = value;
        return this;
    }

    /** Two letters, ISO 639-1; lower case is written as upper case. */
    public TcStringBuilder consentLanguage(String value) {
        consentLanguage = value;
        return this;
    }

    public TcStringBuilder vendorListVersion(int value) {
        vendorListVersion = value;
        return this;
    }

    public TcStringBuilder policyVersion(int value) {
        policyVersion = value;
        return this;
    }

    public TcStringBuilder serviceSpecific(boolean value) {
        serviceSpecific = value;
        return this;
    }

    public TcStringBuilder useNonStandardTexts(boolean value) {
        useNonStandardTexts = value;
        return this;
    }

    /** Special feature ids 1..12. */
    public TcStringBuilder specialFeatureOptIns(int... ids) {
        specialFeatureOptIns = sorted(ids);
        return this;
    }

    /** Purpose ids 1..24 the user consented to; the others are denied. */
    public TcStringBuilder purposesConsent(int... ids) {
        purposesConsent = sorted(ids);
        return this;
    }

    /** Purpose ids 1..24 with legitimate interest established. */
    public TcStringBuilder purposesLegitimateInterest(int... ids) {
        purposesLegitimateInterest = sorted(ids);
        return this;
    }

    public TcStringBuilder purposeOneTreatment(boolean value) {
        purposeOneTreatment = value;
        return this;
    }

    /** Two letters, ISO 3166-1 alpha-2. */
    public TcStringBuilder publisherCountryCode(String value) {
        publisherCountryCode = value;
        return this;
    }

    public TcStringBuilder vendorEncoding(VendorEncoding value) {
        vendorEncoding = value;
        return this;
    }

    /** Vendor ids 1..65535 the user consented to. */
    public TcStringBuilder vendorConsents(int... ids) {
        vendorConsents = VendorSection.of(ids);
        return this;
    }

    /**
     * A range-encoded Vendor Consent Section written as given: each entry is {@code {id}} or
     * {@code {start, end}}, none of them checked against {@code maxVendorId} or each other.
     */
    public TcStringBuilder vendorConsentRangeEntries(int maxVendorId, int[]... entries) {
        vendorConsents = VendorSection.raw(maxVendorId, entries);
        return this;
    }

    /** Vendor ids 1..65535 with legitimate interest established. */
    public TcStringBuilder vendorLegitimateInterests(int... ids) {
        vendorLegitimateInterests = VendorSection.of(ids);
        return this;
    }

    /** Adds a publisher restriction of {@code purposeId} for the given vendors, encoded as ranges. */
    public TcStringBuilder publisherRestriction(int purposeId, RestrictionType type, int... vendorIds) {
        restrictions.add(new Restriction(purposeId, type, VendorSection.entries(sorted(vendorIds))));
        return this;
    }

    /** Adds a publisher restriction whose range entries ({@code {id}} or {@code {start, end}}) are written unchecked. */
    public TcStringBuilder publisherRestrictionRangeEntries(int purposeId, RestrictionType type, int[]... entries) {
        restrictions.add(new Restriction(purposeId, type, Arrays.asList(entries)));
        return this;
    }

    /** Writes a DisclosedVendors segment with these vendor ids. */
    public TcStringBuilder disclosedVendors(int... ids) {
        disclosedVendors = VendorSection.of(ids);
        return this;
    }

    /** Writes an AllowedVendors segment (deprecated with out-of-band legal bases) with these vendor ids. */
    public TcStringBuilder allowedVendors(int... ids) {
        allowedVendors = VendorSection.of(ids);
        return this;
    }

    /** Writes a Publisher TC segment, with no purposes unless other publisher setters add them. */
    public TcStringBuilder publisherTc() {
        if (publisherTc == null) {
            publisherTc = new PublisherTc();
        }
        return this;
    }

    /** PubPurposesConsent: purpose ids 1..24. */
    public TcStringBuilder publisherPurposesConsent(int... ids) {
        publisherSegment().consents = sorted(ids);
        return this;
    }

    /** PubPurposesLITransparency: purpose ids 1..24. */
    public TcStringBuilder publisherPurposesLegitimateInterest(int... ids) {
        publisherSegment().legitimateInterests = sorted(ids);
        return this;
    }

    /** NumCustomPurposes, 0..63; raised to fit the custom purpose ids given. */
    public TcStringBuilder customPurposes(int count) {
        publisherSegment().count = count;
        return this;
    }

    /** CustomPurposesConsent: custom purpose ids from 1; NumCustomPurposes grows to fit them. */
    public TcStringBuilder customPurposesConsent(int... ids) {
        publisherSegment().customConsents = sorted(ids);
        return this;
    }

    /** CustomPurposesLITransparency: custom purpose ids from 1; NumCustomPurposes grows to fit them. */
    public TcStringBuilder customPurposesLegitimateInterest(int... ids) {
        publisherSegment().customLegitimateInterests = sorted(ids);
        return this;
    }

    private PublisherTc publisherSegment() {
        publisherTc();
        return publisherTc;
    }

    /** The TC string: the core segment, then the segments asked for, joined by '.'. */
    public String build() {
        StringBuilder text = new StringBuilder(core().toBase64Url());
        if (disclosedVendors != null) {
            text.append('.').append(vendorSegment(1, disclosedVendors).toBase64Url());
        }
        if (allowedVendors != null) {
            text.append('.').append(vendorSegment(2, allowedVendors).toBase64Url());
        }
        if (publisherTc != null) {
            text.append('.').append(publisherTc.write().toBase64Url());
        }
        return text.toString();
    }

    /**
     * The core segment's bits, for tests that cut or extend it. Version, timestamps and all sections
     * are written as set.
     */
    BitWriter core() {
        BitWriter out = new BitWriter()
                .field(version, 6)
                .field(created.toEpochMilli() / 100, 36)
                .field(lastUpdated.toEpochMilli() / 100, 36)
                .field(cmpId, 12)
                .field(cmpVersion, 12)
                .field(consentScreen, 6)
                .letters(consentLanguage)
                .field(vendorListVersion, 12)
                .field(policyVersion, 6)
                .flag(serviceSpecific)
                .flag(useNonStandardTexts)
                .flags(12, specialFeatureOptIns)
                .flags(24, purposesConsent)
                .flags(24, purposesLegitimateInterest)
                .flag(purposeOneTreatment)
                .letters(publisherCountryCode);
        vendorConsents.write(out, vendorEncoding);
        vendorLegitimateInterests.write(out, vendorEncoding);
        out.field(restrictions.size(), 12);
        for (Restriction restriction : restrictions) {
            out.field(restriction.purposeId, 6).field(restriction.type.code(), 2);
            VendorSection.writeEntries(out, restriction.entries);
        }
        return out;
    }

    /**
     * The TcString that decoding {@link #build()} should give: timestamps cut to deciseconds, letters
     * upper case, publisher restrictions in the order added. Meaningless for strings built with
     * entries that break the spec's rules.
     */
    public TcString expected() {
        List<PublisherRestriction> expectedRestrictions = new ArrayList<>();
        for (Restriction restriction : restrictions) {
            expectedRestrictions.add(new PublisherRestriction(
                    restriction.purposeId, restriction.type, VendorSection.union(restriction.entries)));
        }
        return new TcString(version, deciseconds(created), deciseconds(lastUpdated), cmpId, cmpVersion,
                consentScreen, consentLanguage.toUpperCase(java.util.Locale.ROOT), vendorListVersion, policyVersion,
                serviceSpecific, useNonStandardTexts, specialFeatureOptIns, purposesConsent,
                purposesLegitimateInterest, purposeOneTreatment,
                publisherCountryCode.toUpperCase(java.util.Locale.ROOT), vendorConsents.expected(),
                vendorLegitimateInterests.expected(), expectedRestrictions,
                disclosedVendors == null ? VendorSet.empty() : disclosedVendors.expected(),
                publisherTc == null ? null : publisherTc.expected());
    }

    private BitWriter vendorSegment(int segmentType, VendorSection section) {
        BitWriter out = new BitWriter().field(segmentType, 3);
        section.write(out, vendorEncoding);
        return out;
    }

    private static Instant deciseconds(Instant instant) {
        return Instant.ofEpochMilli(instant.toEpochMilli() / 100 * 100);
    }

    private static SortedSet<Integer> sorted(int... ids) {
        SortedSet<Integer> set = new TreeSet<>();
        for (int id : ids) {
            set.add(id);
        }
        return set;
    }

    private record Restriction(int purposeId, RestrictionType type, List<int[]> entries) {}

    /** A vendor section: a set of ids to encode, or range entries to write as they are. */
    private static final class VendorSection {

        private final SortedSet<Integer> ids;
        private final int rawMaxVendorId;
        private final List<int[]> rawEntries;

        private VendorSection(SortedSet<Integer> ids, int rawMaxVendorId, List<int[]> rawEntries) {
            this.ids = ids;
            this.rawMaxVendorId = rawMaxVendorId;
            this.rawEntries = rawEntries;
        }

        static VendorSection of(int[] ids) {
            return new VendorSection(sorted(ids), 0, null);
        }

        static VendorSection raw(int maxVendorId, int[][] entries) {
            return new VendorSection(null, maxVendorId, Arrays.asList(entries));
        }

        void write(BitWriter out, VendorEncoding encoding) {
            if (rawEntries != null) {
                out.field(rawMaxVendorId, 16).flag(true);
                writeEntries(out, rawEntries);
                return;
            }
            int maxVendorId = ids.isEmpty() ? 0 : ids.last();
            List<int[]> entries = entries(ids);
            int rangeBits = 12;
            for (int[] entry : entries) {
                rangeBits += entry.length == 1 ? 17 : 33;
            }
            boolean range = encoding == VendorEncoding.RANGE
                    || (encoding == VendorEncoding.SMALLEST && rangeBits < maxVendorId);
            out.field(maxVendorId, 16).flag(range);
            if (range) {
                writeEntries(out, entries);
            } else {
                out.flags(maxVendorId, ids);
            }
        }

        VendorSet expected() {
            return rawEntries != null ? union(rawEntries) : VendorSet.of(ids.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The fewest range entries that cover {@code ids}. */
        static List<int[]> entries(SortedSet<Integer> ids) {
            List<int[]> entries = new ArrayList<>();
            int start = -1;
            int end = -1;
            for (int id : ids) {
                if (start >= 0 && id == end + 1) {
                    end = id;
                    continue;
                }
                if (start >= 0) {
                    entries.add(start == end ? new int[] {start} : new int[] {start, end});
                }
                start = id;
                end = id;
            }
            if (start >= 0) {
                entries.add(start == end ? new int[] {start} : new int[] {start, end});
            }
            return entries;
        }

        static void writeEntries(BitWriter out, List<int[]> entries) {
            out.field(entries.size(), 12);
            for (int[] entry : entries) {
                out.flag(entry.length == 2).field(entry[0], 16);
                if (entry.length == 2) {
                    out.field(entry[1], 16);
                }
            }
        }

        static VendorSet union(List<int[]> entries) {
            return VendorSet.of(entries.stream()
                    .flatMapToInt(entry -> java.util.stream.IntStream.rangeClosed(entry[0], entry[entry.length - 1]))
                    .toArray());
        }
    }

    /** The Publisher TC segment's fields. */
    private static final class PublisherTc {

        SortedSet<Integer> consents = new TreeSet<>();
        SortedSet<Integer> legitimateInterests = new TreeSet<>();
        SortedSet<Integer> customConsents = new TreeSet<>();
        SortedSet<Integer> customLegitimateInterests = new TreeSet<>();
        int count;

        int count() {
            int highest = Math.max(customConsents.isEmpty() ? 0 : customConsents.last(),
                    customLegitimateInterests.isEmpty() ? 0 : customLegitimateInterests.last());
            return Math.max(count, highest);
        }

        BitWriter write() {
            int custom = count();
            return new BitWriter()
                    .field(3, 3)
                    .flags(24, consents)
                    .flags(24, legitimateInterests)
                    .field(custom, 6)
                    .flags(custom, customConsents)
                    .flags(custom, customLegitimateInterests);
        }

        PublisherPurposes expected() {
            return new PublisherPurposes(consents, legitimateInterests, customConsents, customLegitimateInterests);
        }
    }
}
