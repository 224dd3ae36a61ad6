package io.journeymap.consent.internal.tcf;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Publisher TC segment: the publisher's own transparency and consent signals, for the standard
 * purposes and for its custom purposes (numbered 1 to NumCustomPurposes). Vendors should not rely
 * on it unless they have agreed so with the publisher.
 *
 * @param consents PubPurposesConsent: purposes the user consented to for the publisher
 * @param legitimateInterests PubPurposesLITransparency: purposes with legitimate interest
 *     established for the publisher and not objected to
 * @param customConsents CustomPurposesConsent
 * @param customLegitimateInterests CustomPurposesLITransparency
 */
public record PublisherPurposes(
        Set<Integer> consents,
        Set<Integer> legitimateInterests,
        Set<Integer> customConsents,
        Set<Integer> customLegitimateInterests) {

    public PublisherPurposes {
        consents = sortedCopy(consents);
        legitimateInterests = sortedCopy(legitimateInterests);
        customConsents = sortedCopy(customConsents);
        customLegitimateInterests = sortedCopy(customLegitimateInterests);
    }

    /** Whether the user consented to {@code purpose} for the publisher. */
    public boolean consent(int purpose) {
        return consents.contains(purpose);
    }

    /** Whether the publisher's legitimate interest for {@code purpose} stands. */
    public boolean legitimateInterest(int purpose) {
        return legitimateInterests.contains(purpose);
    }

    // Sorted so that toString lists purposes in order; unmodifiable so the record stays a value.
    static SortedSet<Integer> sortedCopy(Set<Integer> ids) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(ids));
    }
}
