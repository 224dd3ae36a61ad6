package io.journeymap.identity.internal.graph;

import io.journeymap.api.event.Identifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The part of the graph a batch touches, loaded before planning and kept current while the
 * batch's events are resolved in order: the owner of every identifier the batch names, the
 * identifiers of every profile that owns one, and the pairs an admin separated.
 */
final class GraphState {

    private final Map<Identifier, String> owners = new HashMap<>();
    private final Map<String, Set<Identifier>> members = new HashMap<>();
    private final Set<String> separated = new HashSet<>();
    private final Map<String, Integer> loadedLinkCounts = new HashMap<>();

    /** Records how many identifiers a profile held when loaded, to see at write time whether another writer changed it. */
    void loadedLinkCount(String profileId, int count) {
        loadedLinkCounts.put(profileId, count);
    }

    /** @return the count recorded at load, or null for a profile the batch did not load */
    Integer loadedLinkCount(String profileId) {
        return loadedLinkCounts.get(profileId);
    }

    /** Records a stored link. */
    void load(Identifier identifier, String profileId) {
        owners.put(identifier, profileId);
        members.computeIfAbsent(profileId, p -> new LinkedHashSet<>()).add(identifier);
    }

    /** Records a stored separation. */
    void loadSeparation(String a, String b) {
        separated.add(pair(a, b));
    }

    String owner(Identifier identifier) {
        return owners.get(identifier);
    }

    Set<Identifier> members(String profileId) {
        return members.getOrDefault(profileId, Set.of());
    }

    boolean areSeparated(String a, String b) {
        return separated.contains(pair(a, b));
    }

    void addProfile(String profileId) {
        members.put(profileId, new LinkedHashSet<>());
    }

    void link(Identifier identifier, String profileId) {
        load(identifier, profileId);
    }

    void merge(String survivor, String absorbed) {
        Set<Identifier> moved = members.remove(absorbed);
        if (moved != null) {
            for (Identifier id : moved) {
                owners.put(id, survivor);
            }
            members.computeIfAbsent(survivor, p -> new LinkedHashSet<>()).addAll(moved);
        }
        // a profile separated from the absorbed one stays separated from what it became part of
        Set<String> inherited = new HashSet<>();
        for (String s : separated) {
            String[] ab = s.split("\\|", 2);
            if (ab[0].equals(absorbed)) {
                inherited.add(pair(survivor, ab[1]));
            } else if (ab[1].equals(absorbed)) {
                inherited.add(pair(survivor, ab[0]));
            }
        }
        separated.addAll(inherited);
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
