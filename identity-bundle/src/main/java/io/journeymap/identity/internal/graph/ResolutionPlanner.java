package io.journeymap.identity.internal.graph;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Decides, for one event's normalised identifiers, which profile the event belongs to and how the
 * graph changes: new identifiers join that profile, and other profiles the event links it to are
 * merged in, unless a rule refuses (a limit, weak evidence between two identified people, or an
 * admin's earlier unmerge). Works on a {@link GraphState} and records into {@link GraphChanges};
 * storing them is the caller's job, so the decisions are testable without a database.
 */
final class ResolutionPlanner {

    private final IdentityRules rules;
    private final Supplier<String> newProfileId;

    ResolutionPlanner(IdentityRules rules, Supplier<String> newProfileId) {
        this.rules = rules;
        this.newProfileId = newProfileId;
    }

    /**
     * @param ids     the event's normalised identifiers, without duplicates
     * @param event   the event, as evidence
     * @param state   the graph so far; updated
     * @param changes what changed so far; appended to
     * @return the event's profile
     */
    String resolve(List<Identifier> ids, EventRef event, GraphState state, GraphChanges changes) {
        List<Identifier> strongestFirst = new ArrayList<>(ids);
        strongestFirst.sort(Comparator.comparingInt((Identifier i) -> rules.priority(i.type())).reversed());

        // The profiles the event's known identifiers belong to, the strongest link first.
        Map<String, List<IdentifierType>> evidence = new LinkedHashMap<>();
        for (Identifier id : strongestFirst) {
            String owner = state.owner(id);
            if (owner != null) {
                evidence.computeIfAbsent(owner, o -> new ArrayList<>()).add(id.type());
            }
        }

        String target = chooseTarget(strongestFirst, evidence, state);
        if (target == null) {
            target = newProfileId.get();
            state.addProfile(target);
            changes.newProfiles.add(target);
        }
        for (Identifier id : strongestFirst) {
            if (state.owner(id) == null) {
                String refused = rules.refuseJoin(state.members(target), id);
                if (refused == null) {
                    state.link(id, target);
                    changes.links.add(new GraphChanges.Link(id, target, event));
                } else {
                    changes.refusals.add(new GraphChanges.Refusal(target, null, refused, List.of(id.type()), event,
                            refusalKey(target, refused, id.value())));
                }
            }
        }
        // After the joins: a merge is judged on everything the target now holds.
        for (Map.Entry<String, List<IdentifierType>> other : evidence.entrySet()) {
            if (!other.getKey().equals(target)) {
                mergeOrRefuse(target, other.getKey(), other.getValue(), event, state, changes);
            }
        }
        return target;
    }

    /**
     * The profile of the event's strongest known identifier; none (a new person) when the
     * strongest identifier is new and cannot be that profile's: it would break a limit, or the
     * profile was found only through a shared browser or device and already has another
     * identifier of that type (a second person signing in on the same machine).
     */
    private String chooseTarget(List<Identifier> strongestFirst, Map<String, List<IdentifierType>> evidence,
            GraphState state) {
        if (evidence.isEmpty()) {
            return null;
        }
        String first = evidence.keySet().iterator().next();
        Identifier strongest = strongestFirst.get(0);
        if (state.owner(strongest) != null) {
            return first;
        }
        boolean foundThroughWeakOnly = evidence.get(first).stream().allMatch(rules::isWeak);
        boolean typeTaken = state.members(first).stream().anyMatch(i -> i.type() == strongest.type());
        if (rules.refuseJoin(state.members(first), strongest) != null
                || (foundThroughWeakOnly && !rules.isWeak(strongest.type()) && typeTaken)) {
            return null;
        }
        return first;
    }

    private void mergeOrRefuse(String target, String other, List<IdentifierType> linkedBy, EventRef event,
            GraphState state, GraphChanges changes) {
        String refused = state.areSeparated(target, other) ? "separated-by-unmerge"
                : rules.refuseMerge(state.members(target), state.members(other), linkedBy);
        if (refused == null) {
            state.merge(target, other);
            changes.merges.add(new GraphChanges.Merge(target, other, List.copyOf(linkedBy), event));
        } else {
            changes.refusals.add(new GraphChanges.Refusal(target, other, refused, List.copyOf(linkedBy), event,
                    refusalKey(target, refused, other)));
        }
    }

    /**
     * The same refusal repeats with every event that carries the same evidence; it is logged once.
     * Hashed, because the key may include an identifier's value.
     */
    private static String refusalKey(String profileId, String rule, String other) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((profileId + "\n" + rule + "\n" + other).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
