package io.journeymap.connector.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.connector.common.CheckpointStore;
import io.journeymap.connector.common.InMemoryCheckpointStore;
import io.journeymap.connector.hubspot.testing.HubSpotStandIn;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The consumer against a local HubSpot stand-in: paging, checkpoints, limits and failures. */
class HubSpotConsumerIT {

    private static final long T0 = 1_790_000_000_000L;

    private HubSpotStandIn hubspot;
    private final CheckpointStore store = new InMemoryCheckpointStore();
    private final List<CamelContext> contexts = new ArrayList<>();
    /** Ids of every page whose exchange completed, in delivery order. */
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        hubspot = new HubSpotStandIn();
    }

    @AfterEach
    void stop() {
        contexts.forEach(CamelContext::stop);
        hubspot.close();
    }

    /** The endpoint URI: fast test defaults, overridden by {@code options} ({@code a=1&b=2}). */
    private String uri(String type, String options) {
        Map<String, String> o = new java.util.LinkedHashMap<>();
        o.put("baseUrl", hubspot.baseUrl());
        o.put("accessToken", HubSpotStandIn.TOKEN);
        o.put("instanceName", "acme");
        o.put("indexLag", "0");
        o.put("initialDelay", "0");
        o.put("delay", "20");
        o.put("searchRequestsPerSecond", "200");
        o.put("initialRetryDelay", "50");
        for (String kv : options.split("&")) {
            if (!kv.isEmpty()) {
                o.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        StringBuilder uri = new StringBuilder("hubspot:" + type + "?");
        o.forEach((k, v) -> uri.append(k).append('=').append(v).append('&'));
        return uri.substring(0, uri.length() - 1);
    }

    /** Starts a context whose route runs the step on each page, then records the page's ids. */
    private CamelContext run(String uri, Consumer<Exchange> step) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        HubSpotComponent component = new HubSpotComponent();
        component.setCheckpointStore(store);
        camel.addComponent("hubspot", component);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("ingest-hubspot-test").process(step::accept).process(e -> {
                    List<Map<String, Object>> page = e.getMessage().getBody(List.class);
                    page.forEach(r -> delivered.add(HubSpotRecords.id(r)));
                });
            }
        });
        camel.start();
        contexts.add(camel);
        return camel;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(10);
        }
    }

    private void contacts(int count, long spacingMillis) {
        for (int i = 1; i <= count; i++) {
            hubspot.put("contacts", Integer.toString(i), T0 + i * spacingMillis,
                    Map.of("email", "person" + i + "@example.com"));
        }
    }

    private static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            ids.add(Integer.toString(i));
        }
        return ids;
    }

    private List<Long> searchGapsMillis() {
        List<HubSpotStandIn.Request> searches = hubspot.requests("POST", "/search");
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < searches.size(); i++) {
            gaps.add((searches.get(i).nanoTime() - searches.get(i - 1).nanoTime()) / 1_000_000);
        }
        return gaps;
    }

    @Test
    void syncsEveryObjectOnceInModifiedOrderAPagePerExchange() throws Exception {
        contacts(23, 1000);
        List<Integer> pageSizes = new CopyOnWriteArrayList<>();
        run(uri("contacts", "pageSize=5"), e -> pageSizes.add(e.getMessage().getHeader(
                HubSpotConstants.RECORD_COUNT, Integer.class)));
        await(() -> delivered.size() >= 23);
        assertThat(delivered).containsExactlyElementsOf(ids(1, 23));
        assertThat(pageSizes).startsWith(5, 5, 5, 5, 3);
        assertThat(SyncCheckpoint.fromJson(store.get("hubspot/acme/contacts").orElseThrow()))
                .isEqualTo(new SyncCheckpoint(T0 + 23_000, java.util.Set.of("23")));
        assertThat(hubspot.requests("POST", "/search").get(0).body())
                .contains("\"propertyName\":\"lastmodifieddate\",\"operator\":\"GTE\",\"value\":\"0\"")
                .contains("\"sorts\":[{\"propertyName\":\"lastmodifieddate\",\"direction\":\"ASCENDING\"}]")
                .contains("\"limit\":5");
    }

    @Test
    void afterAFailedPageARestartResumesAtThatPageWithNoLossAndNoDuplicate() throws Exception {
        contacts(12, 1000);
        AtomicInteger pages = new AtomicInteger();
        CamelContext first = run(uri("contacts", "pageSize=4"), e -> {
            if (pages.incrementAndGet() == 2) {
                throw new IllegalStateException("the journal is unavailable");
            }
        });
        await(() -> pages.get() >= 2);
        first.stop();
        assertThat(delivered).containsExactlyElementsOf(ids(1, 4));
        assertThat(SyncCheckpoint.fromJson(store.get("hubspot/acme/contacts").orElseThrow()).modifiedSince())
                .isEqualTo(T0 + 4_000);

        run(uri("contacts", "pageSize=4"), e -> { });
        await(() -> delivered.size() >= 12);
        assertThat(delivered).containsExactlyElementsOf(ids(1, 12)).doesNotHaveDuplicates();
    }

    @Test
    void objectsSharingOneModificationInstantAreNeitherLostNorRepeated() throws Exception {
        for (int i = 1; i <= 103; i++) {
            hubspot.put("contacts", Integer.toString(i), T0, Map.of());
        }
        hubspot.put("contacts", "104", T0 + 1, Map.of());
        hubspot.put("contacts", "105", T0 + 2, Map.of());
        run(uri("contacts", "pageSize=100"), e -> { });
        await(() -> delivered.size() >= 105);
        assertThat(delivered).hasSize(105).doesNotHaveDuplicates().containsAll(ids(1, 105));
        // a full page of delivered objects at the anchor instant is passed with paging.next.after
        assertThat(hubspot.requests("POST", "/search")).anySatisfy(r -> assertThat(r.body()).contains("\"after\":\"100\""));
    }

    @Test
    void anObjectModifiedWhilePagingDoesNotPushAnotherOutOfSight() throws Exception {
        contacts(15, 1000);
        hubspot.afterSearch(n -> {
            if (n == 1) {
                // contact 2 (already read) is edited: with offset paging, contact 6 would slide into page 1
                HubSpotStandIn.Obj c2 = hubspot.get("contacts", "2");
                hubspot.put("contacts", "2", T0 + 60_000, c2.properties());
            }
        });
        run(uri("contacts", "pageSize=5"), e -> { });
        await(() -> delivered.size() >= 16);
        assertThat(delivered).containsAll(ids(1, 15)).hasSize(16);
        assertThat(Collections.frequency(delivered, "2")).isEqualTo(2); // once per modification
    }

    @Test
    void theSearchResultCapIsNeverReachedBecauseEveryPageReAnchors() throws Exception {
        hubspot.searchCap(10);
        contacts(37, 10);
        run(uri("contacts", "pageSize=4&searchResultLimit=10"), e -> { });
        await(() -> delivered.size() >= 37);
        assertThat(delivered).containsExactlyElementsOf(ids(1, 37));
        assertThat(hubspot.requests()).noneMatch(r -> r.status() == 400);
    }

    @Test
    void searchRequestsKeepToFourPerSecond() throws Exception {
        contacts(10, 1000);
        run(uri("contacts", "pageSize=2&searchRequestsPerSecond=4"), e -> { });
        await(() -> delivered.size() >= 10 && hubspot.requests("POST", "/search").size() >= 6);
        // Measured where HubSpot counts them: arrivals at the server, in any one-second window. A single
        // gap can be short when the request before it was delayed on a loaded machine, so the rule is
        // checked as HubSpot applies it: the 5th request after any request arrives a second later or more
        // (less a scheduling tolerance). The first request also opens the connection, so it is left out.
        List<HubSpotStandIn.Request> searches = hubspot.requests("POST", "/search");
        assertThat(searches).hasSizeGreaterThanOrEqualTo(6);
        for (int i = 1; i + 4 < searches.size(); i++) {
            long window = (searches.get(i + 4).nanoTime() - searches.get(i).nanoTime()) / 1_000_000;
            assertThat(window).as("ms from search %d to search %d", i, i + 4).isGreaterThanOrEqualTo(950L);
        }
        assertThat(searchGapsMillis().subList(1, searches.size() - 1)).allSatisfy(g -> assertThat(g).isLessThan(1500L));
    }

    @Test
    void aRefusedTokenIsRefreshedOnceAndTheSyncGoesOn() throws Exception {
        contacts(3, 1000);
        AtomicInteger asked = new AtomicInteger();
        java.util.function.Supplier<String> tokens = () -> asked.incrementAndGet() == 1 ? "pat-na1-expired"
                : HubSpotStandIn.TOKEN;
        CamelContext camel = new DefaultCamelContext();
        camel.getRegistry().bind("tokens", tokens);
        HubSpotComponent component = new HubSpotComponent();
        component.setCheckpointStore(store);
        camel.addComponent("hubspot", component);
        String uri = uri("contacts", "").replace("accessToken=" + HubSpotStandIn.TOKEN, "tokenSupplier=#tokens");
        assertThat(uri).contains("tokenSupplier=#tokens");
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(e -> e.getMessage().getBody(List.class)
                        .forEach(r -> delivered.add(HubSpotRecords.id((Map<String, Object>) r))));
            }
        });
        camel.start();
        contexts.add(camel);
        await(() -> delivered.size() >= 3);
        assertThat(asked.get()).isEqualTo(2);
        assertThat(hubspot.requests()).extracting(HubSpotStandIn.Request::status).startsWith(401, 200);
    }

    @Test
    void aRateLimitAnswerIsWaitedOutForAsLongAsRetryAfterSays() throws Exception {
        contacts(2, 1000);
        hubspot.fault("/search", 429, Map.of("Retry-After", "1"), "{\"status\":\"error\",\"message\":\"You have "
                + "reached your secondly limit.\",\"errorType\":\"RATE_LIMIT\",\"policyName\":\"SECONDLY\"}");
        run(uri("contacts", ""), e -> { });
        await(() -> delivered.size() >= 2);
        assertThat(searchGapsMillis().get(0)).isGreaterThanOrEqualTo(990);
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackoff() throws Exception {
        contacts(2, 1000);
        hubspot.fault("/search", 503, Map.of(), "{\"status\":\"error\",\"message\":\"unavailable\"}");
        hubspot.fault("/search", 502, Map.of(), "<html>bad gateway</html>");
        run(uri("contacts", "initialRetryDelay=200"), e -> { });
        await(() -> delivered.size() >= 2);
        List<Long> gaps = searchGapsMillis();
        // jitter takes at most half off: the first wait is 100..200 ms, the second 200..400 ms
        assertThat(gaps.get(0)).isBetween(95L, 400L);
        assertThat(gaps.get(1)).isBetween(195L, 700L);
        assertThat(hubspot.requests("POST", "/search")).extracting(HubSpotStandIn.Request::status)
                .startsWith(503, 502, 200);
    }

    @Test
    void aPermanentErrorLeavesTheCheckpointWhereItWas() throws Exception {
        contacts(2, 1000);
        hubspot.fault("/search", 403, Map.of(), "{\"status\":\"error\",\"category\":\"MISSING_SCOPES\"}");
        run(uri("contacts", ""), e -> { });
        await(() -> delivered.size() >= 2); // the next poll tries again from the same checkpoint
        assertThat(hubspot.requests("POST", "/search")).extracting(HubSpotStandIn.Request::status).startsWith(403, 200);
        assertThat(delivered).containsExactly("1", "2");
    }

    @Test
    void engagementsArriveWithTheirContactsAndABadRecordIsADeadLetterWhileThePageGoesOn() throws Exception {
        hubspot.put("calls", "1", T0 + 1, Map.of("hs_timestamp", "2026-11-19T15:30:00Z", "hs_call_body", "<p>Good call</p>"),
                "512");
        hubspot.put("calls", "2", T0 + 2, Map.of("hs_timestamp", "last tuesday", "hs_call_body", "broken"), "512");
        hubspot.put("calls", "3", T0 + 3, Map.of("hs_timestamp", "2026-11-19T16:00:00Z"), "512", "513");
        hubspot.put("calls", "4", T0 + 4, Map.of("hs_timestamp", "2026-11-19T17:00:00Z"));
        List<TouchpointEvent> events = new CopyOnWriteArrayList<>();
        List<HubSpotRecordMapper.DeadLetter> dead = new CopyOnWriteArrayList<>();
        HubSpotPageToEvents toEvents = new HubSpotPageToEvents(Clock.systemUTC());
        run(uri("calls", ""), e -> {
            try {
                Exchange copy = e.copy();
                toEvents.process(copy);
                events.addAll(copy.getMessage().getBody(List.class));
                dead.addAll(copy.getMessage().getHeader(HubSpotConstants.DEAD_LETTERS, List.class));
            } catch (Exception x) {
                throw new IllegalStateException(x);
            }
        });
        await(() -> delivered.size() >= 4);
        assertThat(events).extracting(TouchpointEvent::messageId)
                .containsExactly("hubspot:calls:1:512", "hubspot:calls:3:512", "hubspot:calls:3:513");
        assertThat(events.get(0).text()).isEqualTo("Good call");
        assertThat(events.get(2).identifier(IdentifierType.HUBSPOT_CONTACT_ID)).contains("513");
        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.objectId()).isEqualTo("2");
            assertThat(d.violations().get(0).field()).isEqualTo("properties.hs_timestamp");
        });
        assertThat(SyncCheckpoint.fromJson(store.get("hubspot/acme/calls").orElseThrow()).modifiedSince())
                .isEqualTo(T0 + 4);
        assertThat(hubspot.requests("POST", "/crm/v4/associations/calls/contacts/batch/read")).hasSize(1);
        assertThat(hubspot.requests("POST", "/search").get(0).body()).contains("hs_lastmodifieddate");
    }
}
