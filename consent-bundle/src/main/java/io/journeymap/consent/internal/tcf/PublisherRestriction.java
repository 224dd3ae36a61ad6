package io.journeymap.consent.internal.tcf;

import java.util.Objects;

/**
 * One PubRestrictionEntry of the core segment: the publisher restricts the vendors listed for one
 * purpose.
 *
 * @param purposeId the 6-bit PurposeId the restriction applies to
 * @param type what the publisher requires of those vendors for that purpose
 * @param vendors the vendors restricted; its {@link VendorSet#maxVendorId()} is the highest id listed,
 *     since restriction entries declare no MaxVendorId
 */
public record PublisherRestriction(int purposeId, RestrictionType type, VendorSet vendors) {

    public PublisherRestriction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(vendors, "vendors");
    }

    /** Whether this restriction covers {@code purpose} for {@code vendorId}. */
    public boolean applies(int purpose, int vendorId) {
        return purposeId == purpose && vendors.contains(vendorId);
    }
}
