package io.journeymap.identity.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.identity.MergeLogEntry;
import io.journeymap.api.identity.UnmergeResult;
import io.journeymap.api.timeline.TimelineEntry;
import io.journeymap.identity.internal.normalize.IdentifierNormalizer;
import io.journeymap.identity.internal.normalize.NormalizationRules;
import io.journeymap.journey.internal.JourneyStore;
import io.journeymap.journey.internal.StoreSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The identity graph on a real journey store: what every supported database must show. */
abstract class IdentityGraphContract {

    private static final AtomicInteger MESSAGES = new AtomicInteger();

    protected JourneyStore store;
    protected JdbcIdentityGraph graph;

    /** @return settings for a fresh, empty database */
    protected abstract StoreSettings freshDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = JourneyStore.open(freshDatabase());
        graph = newGraph();
    }

    protected JdbcIdentityGraph newGraph() {
        return new JdbcIdentityGraph(store.dataSource(), new IdentifierNormalizer(NormalizationRules.defaults()),
                IdentityRules.defaults(), ProbabilisticLinking.defaults("US"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    static TouchpointEvent event(String source, Identifier... ids) {
        String messageId = "m-" + MESSAGES.incrementAndGet();
        String userId = null;
        String anonymousId = null;
        for (Identifier i : ids) {
            userId = i.type() == IdentifierType.USER_ID ? i.value() : userId;
            anonymousId = i.type() == IdentifierType.ANONYMOUS_ID ? i.value() : anonymousId;
        }
        return new TouchpointEvent(messageId, EventType.TRACK, "Touched", null, Map.of(), null,
                Instant.parse("2026-11-01T10:00:00Z").plusSeconds(MESSAGES.get()), Instant.parse("2026-11-28T12:00:00Z"),
                userId, anonymousId, null, null, List.of(ids), EventContext.empty(), null,
                new EventSource("test", source));
    }

    static Identifier id(IdentifierType type, String value) {
        return Identifier.of(type, value);
    }

    /** Stores events as the pipeline does: journal, identity, timeline. */
    protected List<String> ingest(TouchpointEvent... events) throws Exception {
        List<TouchpointEvent> batch = List.of(events);
        store.journal().append(batch).toCompletableFuture().get(30, TimeUnit.SECONDS);
        List<String> profiles = graph.resolve(batch);
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            entries.add(new TimelineEntry(profiles.get(i), batch.get(i)));
        }
        store.timelines().add(entries);
        return profiles;
    }

    @Test
    void thePersonFromHubSpotSalesforceAndTheWebIsOneProfileWithOneTimeline() throws Exception {
        String hubspot = ingest(event("hubspot", id(IdentifierType.HUBSPOT_CONTACT_ID, "0051"),
                id(IdentifierType.EMAIL, " Ann.Lee+news@GMAIL.com"), id(IdentifierType.PHONE, "+1 (415) 555-2671"))).get(0);
        String salesforce = ingest(event("salesforce", id(IdentifierType.SALESFORCE_CONTACT_ID, "0035g00000AbCdE"),
                id(IdentifierType.PHONE, "415.555.2671"))).get(0);
        String web = ingest(event("web", id(IdentifierType.ANONYMOUS_ID, "anon-7"),
                id(IdentifierType.EMAIL, "annlee@gmail.com"))).get(0);

        assertThat(salesforce).isEqualTo(hubspot);
        assertThat(web).isEqualTo(hubspot);
        assertThat(store.timelines().count(hubspot)).isEqualTo(3);
        assertThat(graph.lookup(id(IdentifierType.PHONE, "(415) 555 2671")).orElseThrow().profileId()).isEqualTo(hubspot);
    }

    @Test
    void resolvingTheSameEventsAgainChangesNothing() throws Exception {
        TouchpointEvent a = event("web", id(IdentifierType.ANONYMOUS_ID, "a1"), id(IdentifierType.USER_ID, "u1"));
        TouchpointEvent b = event("web", id(IdentifierType.ANONYMOUS_ID, "a2"));
        List<String> first = graph.resolve(List.of(a, b));
        List<String> again = graph.resolve(List.of(a, b));

        assertThat(again).isEqualTo(first);
        assertThat(graph.profile(first.get(0)).orElseThrow().identifiers()).hasSize(2);
    }

    @Test
    void aSharedBrowserStaysTwoPeopleAndTheRefusalIsLoggedOnce() throws Exception {
        String ann = ingest(event("web", id(IdentifierType.ANONYMOUS_ID, "kiosk"), id(IdentifierType.USER_ID, "ann"))).get(0);
        String bob = ingest(event("web", id(IdentifierType.ANONYMOUS_ID, "kiosk"), id(IdentifierType.USER_ID, "bob"))).get(0);
        ingest(event("web", id(IdentifierType.ANONYMOUS_ID, "kiosk"), id(IdentifierType.USER_ID, "bob")));

        assertThat(bob).isNotEqualTo(ann);
        assertThat(store.timelines().count(ann)).isEqualTo(1);
        assertThat(store.timelines().count(bob)).isEqualTo(2);
        assertThat(graph.mergeLog(bob)).singleElement().satisfies(e -> {
            assertThat(e.decision()).isEqualTo(MergeLogEntry.Decision.REFUSED);
            assertThat(e.rule()).isEqualTo("limit:user_id=1");
            assertThat(e.evidence()).containsExactly(IdentifierType.ANONYMOUS_ID);
        });
    }

    @Test
    void aMergeMovesTheTimelineAndAnUnmergeRestoresBoth() throws Exception {
        String crm = ingest(event("hubspot", id(IdentifierType.EMAIL, "ann@example.com"), id(IdentifierType.PHONE, "+44 20 7946 0958")),
                event("hubspot", id(IdentifierType.EMAIL, "ann@example.com"))).get(0);
        String app = ingest(event("web", id(IdentifierType.USER_ID, "ann-app"))).get(0);
        String merged = ingest(event("web", id(IdentifierType.USER_ID, "ann-app"), id(IdentifierType.EMAIL, "ann@example.com"))).get(0);

        assertThat(merged).isEqualTo(app);
        assertThat(store.timelines().count(app)).isEqualTo(4);
        assertThat(store.timelines().count(crm)).isZero();
        assertThat(graph.profile(crm).orElseThrow().profileId()).as("a merged-away id leads to its profile").isEqualTo(app);
        MergeLogEntry merge = graph.mergeLog(app).stream()
                .filter(e -> e.decision() == MergeLogEntry.Decision.MERGED).findFirst().orElseThrow();
        assertThat(merge.otherProfileId()).isEqualTo(crm);

        UnmergeResult split = graph.unmerge(app, merge.entryId());

        assertThat(split.restored().profileId()).isEqualTo(crm);
        assertThat(split.restored().identifiers()).extracting(Identifier::type)
                .contains(IdentifierType.EMAIL, IdentifierType.PHONE);
        assertThat(split.kept().identifiers()).extracting(Identifier::type).containsExactly(IdentifierType.USER_ID);
        // the two CRM events go back; the linking event stays with its strongest identifier, the user id
        assertThat(split.eventsMoved()).isEqualTo(2);
        assertThat(store.timelines().count(crm)).isEqualTo(2);
        assertThat(store.timelines().count(app)).isEqualTo(2);
        assertThat(graph.profile(crm).orElseThrow().profileId()).isEqualTo(crm);

        // the same evidence again does not merge them a second time
        ingest(event("web", id(IdentifierType.USER_ID, "ann-app"), id(IdentifierType.EMAIL, "ann@example.com")));
        assertThat(graph.mergeLog(app)).extracting(MergeLogEntry::decision).containsExactly(
                MergeLogEntry.Decision.MERGED, MergeLogEntry.Decision.UNMERGED, MergeLogEntry.Decision.REFUSED);
        assertThatThrownBy(() -> graph.unmerge(app, merge.entryId())).hasMessage("mergeEntryId: already undone");
    }

    @Test
    void aLimitBreakingJoinIsRefusedAndVisibleInTheMergeLog() throws Exception {
        String family = ingest(event("crm", id(IdentifierType.USER_ID, "ann"), id(IdentifierType.EMAIL, "family@example.com"))).get(0);
        String bob = ingest(event("web", id(IdentifierType.USER_ID, "bob"), id(IdentifierType.EMAIL, "family@example.com"))).get(0);

        assertThat(bob).isNotEqualTo(family);
        assertThat(graph.mergeLog(family)).singleElement().satisfies(e -> {
            assertThat(e.decision()).isEqualTo(MergeLogEntry.Decision.REFUSED);
            assertThat(e.profileId()).isEqualTo(bob);
            assertThat(e.otherProfileId()).isEqualTo(family);
            assertThat(e.rule()).isEqualTo("limit:user_id=1");
            // the email, and the hash normalisation derives from it
            assertThat(e.evidence()).containsExactly(IdentifierType.EMAIL, IdentifierType.HASHED_EMAIL);
        });
    }

    @Test
    void anEventResolvedBeforeALaterEventOfItsBatchMergedItsProfileLandsOnTheSurvivor() throws Exception {
        String known = ingest(event("web", id(IdentifierType.USER_ID, "late-login"))).get(0);
        // browse anonymously, then sign in, in one batch: the anonymous profile is merged into the known one
        List<String> batch = ingest(event("web", id(IdentifierType.ANONYMOUS_ID, "fresh-browser")),
                event("web", id(IdentifierType.ANONYMOUS_ID, "fresh-browser"), id(IdentifierType.USER_ID, "late-login")));

        assertThat(batch).containsOnly(known);
        assertThat(store.timelines().count(known)).isEqualTo(3);
    }

    @Test
    void aSeparationOutlivesALaterMergeOfEitherSide() throws Exception {
        String crm = ingest(event("crm", id(IdentifierType.EMAIL, "dana@example.com"))).get(0);
        String app = ingest(event("web", id(IdentifierType.USER_ID, "dana-app"))).get(0);
        ingest(event("web", id(IdentifierType.USER_ID, "dana-app"), id(IdentifierType.EMAIL, "dana@example.com")));
        long merge = graph.mergeLog(app).stream().filter(e -> e.decision() == MergeLogEntry.Decision.MERGED)
                .findFirst().orElseThrow().entryId();
        graph.unmerge(app, merge);
        // the CRM profile is merged into a third one; the admin's separation must follow it there
        String third = ingest(event("shop", id(IdentifierType.SALESFORCE_CONTACT_ID, "0035g00000AbCdE"))).get(0);
        ingest(event("shop", id(IdentifierType.SALESFORCE_CONTACT_ID, "0035g00000AbCdE"),
                id(IdentifierType.EMAIL, "dana@example.com")));
        assertThat(graph.lookup(id(IdentifierType.EMAIL, "dana@example.com")).orElseThrow().profileId()).isEqualTo(third);

        ingest(event("web", id(IdentifierType.USER_ID, "dana-app"), id(IdentifierType.EMAIL, "dana@example.com")));

        assertThat(graph.lookup(id(IdentifierType.USER_ID, "dana-app")).orElseThrow().profileId()).isEqualTo(app);
        assertThat(graph.lookup(id(IdentifierType.EMAIL, "dana@example.com")).orElseThrow().profileId()).isEqualTo(third);
        assertThat(crm).isNotEqualTo(third);
    }

    private static final String[] GIVEN = {"ann", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan",
        "judy", "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "yvonne"};
    private static final String[] SURNAMES = {"smith", "jones", "taylor", "brown", "williams", "wilson", "johnson",
        "davies", "robinson", "wright", "thompson", "evans", "walker", "white", "roberts", "green", "hall", "wood",
        "jackson", "clarke", "patel", "khan", "lewis", "james", "phillips", "mason", "mitchell", "rose", "davis",
        "rodriguez", "cox", "alexander", "garden", "campbell", "johnston", "moore", "smyth", "oneill", "doherty",
        "stewart"};
    private static final String[] STREETS = {"stanley street", "pinkerton circuit", "george street", "high street",
        "station road", "church lane", "park avenue", "victoria road", "green lane", "manor road", "kings road",
        "queens road", "mill lane", "school lane", "the crescent", "north street", "south street", "west street"};
    private static final String[] CITIES = {"richlands", "winston hills", "bega flats", "miami", "toowoomba",
        "kingston", "seaford", "hampton", "bayswater", "carlton"};

    private static Map<String, Object> person(java.util.Random r) {
        return new java.util.LinkedHashMap<>(Map.of("firstName", GIVEN[r.nextInt(GIVEN.length)],
                "lastName", SURNAMES[r.nextInt(SURNAMES.length)],
                "birthday", String.format("19%02d-%02d-%02d", 40 + r.nextInt(60), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                "address", Map.of("street", (1 + r.nextInt(200)) + " " + STREETS[r.nextInt(STREETS.length)],
                        "city", CITIES[r.nextInt(CITIES.length)], "postalCode", String.valueOf(2000 + r.nextInt(2000)),
                        "state", r.nextBoolean() ? "nsw" : "vic")));
    }

    /** The same person as another source typed it: one typo in the surname or street, the rest equal. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> typo(Map<String, Object> p, java.util.Random r) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(p);
        if (r.nextBoolean()) {
            String s = (String) p.get("lastName");
            int i = 1 + r.nextInt(s.length() - 1);
            copy.put("lastName", s.substring(0, i) + (char) ('a' + r.nextInt(26)) + s.substring(Math.min(s.length(), i + 1)));
        } else {
            Map<String, Object> address = new java.util.LinkedHashMap<>((Map<String, Object>) p.get("address"));
            address.put("street", ((String) address.get("street")).replace("street", "st").replace("road", "rd"));
            copy.put("address", address);
        }
        return copy;
    }

    private static TouchpointEvent identify(String source, String anonymousId, Map<String, Object> traits) {
        TouchpointEvent e = event(source, id(IdentifierType.ANONYMOUS_ID, anonymousId));
        return new TouchpointEvent(e.messageId(), EventType.IDENTIFY, null, null, Map.of(), traits, e.timestamp(),
                e.receivedAt(), null, anonymousId, null, null, e.identifiers(), e.context(), null, e.source());
    }

    @Test
    void profilesThatShareNoIdentifierButAreOnePersonAreQueuedForReviewAndDecided() throws Exception {
        java.util.Random r = new java.util.Random(7);
        List<TouchpointEvent> events = new ArrayList<>();
        int people = 150;
        int duplicated = 40;
        List<Map<String, Object>> persons = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            persons.add(person(r));
            events.add(identify("crm", "crm-" + i, persons.get(i)));
        }
        for (int i = 0; i < duplicated; i++) {
            events.add(identify("store", "store-" + i, typo(persons.get(i), r)));
        }
        List<String> profiles = graph.resolve(events);
        Map<String, Integer> personOf = new java.util.HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            personOf.put(profiles.get(i), i < people ? i : i - people);
        }

        io.journeymap.api.identity.MatchRunResult run = graph.matchProfiles();
        List<io.journeymap.api.identity.ReviewItem> queue = graph.reviewQueue();

        assertThat(run.profilesCompared()).isEqualTo(people + duplicated);
        assertThat(run.merged()).as("no auto-merge by default").isZero();
        long right = queue.stream().filter(q -> personOf.get(q.profileId()).equals(personOf.get(q.otherProfileId()))).count();
        assertThat(right).as("true pairs queued").isGreaterThanOrEqualTo(duplicated * 9 / 10);
        assertThat(queue.size() - right).as("wrong pairs queued").isLessThanOrEqualTo(2);

        io.journeymap.api.identity.ReviewItem accept = queue.stream()
                .filter(q -> personOf.get(q.profileId()).equals(personOf.get(q.otherProfileId()))).findFirst().orElseThrow();
        graph.decideReview(accept.reviewId(), true);
        assertThat(graph.profile(accept.otherProfileId()).orElseThrow().profileId())
                .isEqualTo(graph.profile(accept.profileId()).orElseThrow().profileId());
        assertThat(graph.mergeLog(accept.profileId())).extracting(MergeLogEntry::rule)
                .contains("review-accepted:" + accept.reviewId());

        io.journeymap.api.identity.ReviewItem reject = graph.reviewQueue().get(0);
        graph.decideReview(reject.reviewId(), false);
        assertThatThrownBy(() -> graph.decideReview(reject.reviewId(), true)).hasMessage("reviewId: already decided");
        graph.matchProfiles();
        assertThat(graph.reviewQueue()).extracting(io.journeymap.api.identity.ReviewItem::reviewId)
                .doesNotContain(reject.reviewId(), accept.reviewId());
        assertThat(graph.reviewQueue()).noneMatch(q -> (q.profileId().equals(reject.profileId())
                && q.otherProfileId().equals(reject.otherProfileId())));
    }
}
