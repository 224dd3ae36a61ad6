package io.journeymap.identity.internal.graph;

import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import java.util.ArrayList;
import java.util.List;

/** What resolving a batch changed in the graph, in the order it must be written. */
final class GraphChanges {

    /** A new identifier of a profile. */
    record Link(Identifier identifier, String profileId, EventRef evidence) {
    }

    /** {@code absorbed} became part of {@code survivor}. */
    record Merge(String survivor, String absorbed, List<IdentifierType> evidence, EventRef event) {
    }

    /** A merge ({@code other} set) or a join of a new identifier ({@code other} null) that a rule refused. */
    record Refusal(String profileId, String other, String rule, List<IdentifierType> evidence, EventRef event,
            String refusalKey) {
    }

    final List<String> newProfiles = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<Merge> merges = new ArrayList<>();
    final List<Refusal> refusals = new ArrayList<>();

    boolean isEmpty() {
        return newProfiles.isEmpty() && links.isEmpty() && merges.isEmpty() && refusals.isEmpty();
    }
}
