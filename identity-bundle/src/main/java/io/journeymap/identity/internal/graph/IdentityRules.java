package io.journeymap.identity.internal.graph;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How identifiers join profiles: each type's priority (the strongest identifier of an event
 * decides whose event it is), its limit per profile, and which types are weak (they name a
 * browser or device, which people share, rather than a person).
 *
 * @param priorities higher wins
 * @param limits     the most identifiers of a type one profile may hold
 * @param weak       types whose evidence alone never merges two people who each have a strong one
 */
public record IdentityRules(Map<IdentifierType, Integer> priorities, Map<IdentifierType, Integer> limits,
        Set<IdentifierType> weak) {

    /** Copies the maps; every type needs a priority and a limit. */
    public IdentityRules {
        priorities = Map.copyOf(priorities);
        limits = Map.copyOf(limits);
        weak = Set.copyOf(weak);
        for (IdentifierType t : IdentifierType.values()) {
            if (!priorities.containsKey(t) || !limits.containsKey(t)) {
                throw new IllegalArgumentException("no priority or limit for " + t.wireName());
            }
        }
    }

    /**
     * The defaults: one user id and one id per CRM record type per person (two user ids are two
     * accounts, which is what shared-device merges get wrong); a few emails and phones; many
     * anonymous ids and cookies (every browser and every reset() makes one).
     *
     * @return the default rules
     */
    public static IdentityRules defaults() {
        Map<IdentifierType, Integer> priority = new EnumMap<>(IdentifierType.class);
        Map<IdentifierType, Integer> limit = new EnumMap<>(IdentifierType.class);
        rule(priority, limit, IdentifierType.USER_ID, 100, 1);
        rule(priority, limit, IdentifierType.SALESFORCE_CONTACT_ID, 90, 1);
        rule(priority, limit, IdentifierType.HUBSPOT_CONTACT_ID, 88, 1);
        rule(priority, limit, IdentifierType.SALESFORCE_LEAD_ID, 85, 1);
        rule(priority, limit, IdentifierType.EMAIL, 80, 5);
        rule(priority, limit, IdentifierType.HASHED_EMAIL, 79, 5);
        // Support tools make a new user per address or per chat visitor, so one person may hold
        // several; weaker than an email, which is what those tools key on.
        rule(priority, limit, IdentifierType.ZENDESK_USER_ID, 75, 5);
        rule(priority, limit, IdentifierType.INTERCOM_CONTACT_ID, 74, 5);
        rule(priority, limit, IdentifierType.PHONE, 70, 5);
        rule(priority, limit, IdentifierType.DEVICE_ID, 40, 10);
        rule(priority, limit, IdentifierType.ADVERTISING_ID, 35, 10);
        rule(priority, limit, IdentifierType.COOKIE_ID, 20, 100);
        rule(priority, limit, IdentifierType.ANONYMOUS_ID, 10, 100);
        // A click id names one ad click: a person collects many, and a landing URL shared with a
        // friend carries it to a second person, so it is weak evidence like a cookie.
        for (IdentifierType clickId : List.of(IdentifierType.GCLID, IdentifierType.GBRAID, IdentifierType.WBRAID,
                IdentifierType.FBCLID, IdentifierType.MSCLKID)) {
            rule(priority, limit, clickId, 15, 100);
        }
        return new IdentityRules(priority, limit, EnumSet.of(IdentifierType.ANONYMOUS_ID, IdentifierType.COOKIE_ID,
                IdentifierType.DEVICE_ID, IdentifierType.ADVERTISING_ID, IdentifierType.GCLID, IdentifierType.GBRAID,
                IdentifierType.WBRAID, IdentifierType.FBCLID, IdentifierType.MSCLKID));
    }

    private static void rule(Map<IdentifierType, Integer> priority, Map<IdentifierType, Integer> limit,
            IdentifierType type, int p, int l) {
        priority.put(type, p);
        limit.put(type, l);
    }

    /**
     * @param type a type
     * @param p    its new priority
     * @param l    its new limit, at least 1
     * @return these rules with the type's priority and limit replaced
     */
    public IdentityRules with(IdentifierType type, int p, int l) {
        Map<IdentifierType, Integer> priority = new EnumMap<>(priorities);
        Map<IdentifierType, Integer> limit = new EnumMap<>(limits);
        rule(priority, limit, type, p, l);
        return new IdentityRules(priority, limit, weak);
    }

    int priority(IdentifierType type) {
        return priorities.get(type);
    }

    boolean isWeak(IdentifierType type) {
        return weak.contains(type);
    }

    boolean hasStrong(Collection<Identifier> ids) {
        return ids.stream().anyMatch(i -> !isWeak(i.type()));
    }

    /** @return the broken rule, or null when the identifier may join a profile holding {@code ids} */
    String refuseJoin(Collection<Identifier> ids, Identifier candidate) {
        long same = ids.stream().filter(i -> i.type() == candidate.type()).count();
        int max = limits.get(candidate.type());
        return same >= max ? limitRule(candidate.type()) : null;
    }

    /** @return the broken rule, or null when two profiles' identifiers may be one person's */
    String refuseMerge(Collection<Identifier> a, Collection<Identifier> b, Collection<IdentifierType> evidence) {
        String limit = refuseLimits(a, b);
        if (limit != null) {
            return limit;
        }
        if (evidence.stream().allMatch(this::isWeak) && hasStrong(a) && hasStrong(b)) {
            return "shared-device:" + evidence.iterator().next().wireName();
        }
        return null;
    }

    /** @return the limit two profiles together would break, or null */
    String refuseLimits(Collection<Identifier> a, Collection<Identifier> b) {
        for (IdentifierType t : IdentifierType.values()) {
            long distinct = java.util.stream.Stream.concat(a.stream(), b.stream())
                    .filter(i -> i.type() == t).distinct().count();
            if (distinct > limits.get(t)) {
                return limitRule(t);
            }
        }
        return null;
    }

    private String limitRule(IdentifierType t) {
        return "limit:" + t.wireName() + "=" + limits.get(t);
    }
}
