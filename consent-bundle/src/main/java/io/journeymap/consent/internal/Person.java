package io.journeymap.consent.internal;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.identity.ProfileIdentity;
import io.journeymap.consent.internal.ledger.SubjectHasher;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The person an event is about, as far as the graph knows before the event is resolved: the
 * event's own identifiers plus every identifier of the profiles already holding one of them.
 *
 * @param identifiers every identifier of the person
 * @param profileId   the first profile found, or null when the graph knows none
 * @param strongest   the event's first identifier (the strongest), or null
 */
record Person(Set<Identifier> identifiers, String profileId, Identifier strongest) {

    static Person of(List<Identifier> own, Map<Identifier, ProfileIdentity> profiles) {
        Set<Identifier> ids = new LinkedHashSet<>(own);
        String profileId = null;
        for (Identifier id : own) {
            ProfileIdentity p = profiles.get(id);
            if (p != null) {
                ids.addAll(p.identifiers());
                if (profileId == null) {
                    profileId = p.profileId();
                }
            }
        }
        return new Person(ids, profileId, own.isEmpty() ? null : own.get(0));
    }

    /** @return how the audit log names the person: the profile id, else a keyed hash */
    String subject(SubjectHasher hasher) {
        if (profileId != null) {
            return profileId;
        }
        return strongest == null ? "none" : hasher.ref(strongest);
    }
}
