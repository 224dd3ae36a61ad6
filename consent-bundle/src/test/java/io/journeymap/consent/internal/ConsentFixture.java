package io.journeymap.consent.internal;

import io.journeymap.api.event.ConsentSignals;
import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.timeline.TimelineEntry;
import io.journeymap.identity.internal.graph.IdentityRules;
import io.journeymap.identity.internal.graph.JdbcIdentityGraph;
import io.journeymap.identity.internal.graph.ProbabilisticLinking;
import io.journeymap.identity.internal.normalize.IdentifierNormalizer;
import io.journeymap.identity.internal.normalize.NormalizationRules;
import io.journeymap.journey.internal.JourneyStore;
import io.journeymap.journey.internal.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A real journey store on H2 with the real identity graph, and events as sources send them. */
final class ConsentFixture implements AutoCloseable {

    private static final AtomicInteger MESSAGES = new AtomicInteger();

    final JourneyStore store;
    final JdbcIdentityGraph graph;

    ConsentFixture(Path dir) {
        store = JourneyStore.open(new StoreSettings("jdbc:h2:file:" + dir.resolve("store") + ";WRITE_DELAY=0", "sa", "",
                4, 20000));
        graph = new JdbcIdentityGraph(store.dataSource(), new IdentifierNormalizer(NormalizationRules.defaults()),
                IdentityRules.defaults(), ProbabilisticLinking.defaults("US"), Clock.systemUTC());
    }

    ConsentEngine engine(Map<String, ?> config) {
        return new ConsentEngine(store.dataSource(), graph, ConsentSettings.from(config), Clock.systemUTC());
    }

    /** Runs the pipeline's steps: journal, gate, identity, timeline; returns the admitted events' profiles. */
    List<String> pipeline(ConsentEngine engine, TouchpointEvent... events) throws Exception {
        List<TouchpointEvent> batch = List.of(events);
        store.journal().append(batch).toCompletableFuture().get(30, TimeUnit.SECONDS);
        var admissions = engine.admit(batch);
        List<TouchpointEvent> kept = new ArrayList<>();
        List<TouchpointEvent> anonymised = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            switch (admissions.get(i).outcome()) {
                case KEEP -> kept.add(batch.get(i));
                case ANONYMISE -> anonymised.add(batch.get(i));
                case DROP -> store.journal().discard(List.of(batch.get(i)), false);
            }
        }
        store.journal().discard(anonymised, true);
        List<String> profiles = graph.resolve(kept);
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            entries.add(new TimelineEntry(profiles.get(i), kept.get(i)));
        }
        store.timelines().add(entries);
        return profiles;
    }

    static Identifier email(String value) {
        return Identifier.of(IdentifierType.EMAIL, value);
    }

    static Identifier user(String value) {
        return Identifier.of(IdentifierType.USER_ID, value);
    }

    static Identifier anon(String value) {
        return Identifier.of(IdentifierType.ANONYMOUS_ID, value);
    }

    static TouchpointEvent track(String name, Instant at, ConsentSignals consent, Map<String, Object> traits,
            String timezone, Identifier... ids) {
        String userId = null;
        String anonymousId = null;
        for (Identifier i : ids) {
            userId = i.type() == IdentifierType.USER_ID ? i.value() : userId;
            anonymousId = i.type() == IdentifierType.ANONYMOUS_ID ? i.value() : anonymousId;
        }
        EventContext context = new EventContext("web", null, Map.of(), null, null, null, timezone, consent, Map.of());
        return new TouchpointEvent("m-" + MESSAGES.incrementAndGet(), EventType.TRACK, name, null, Map.of(), traits, at,
                at, userId, anonymousId, null, null, List.of(ids), context, ids.length == 0 ? null : "words of " + ids[0].value() + " in a chat",
                new EventSource("web", "site"));
    }

    static TouchpointEvent track(Instant at, Identifier... ids) {
        return track("Viewed", at, null, Map.of(), null, ids);
    }

    @Override
    public void close() {
        store.close();
    }
}
