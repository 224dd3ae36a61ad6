package io.journeymap.bench;

import io.journeymap.api.event.EventContext;
import io.journeymap.api.event.EventSource;
import io.journeymap.api.event.EventType;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.identity.internal.graph.IdentityRules;
import io.journeymap.identity.internal.graph.JdbcIdentityGraph;
import io.journeymap.identity.internal.graph.ProbabilisticLinking;
import io.journeymap.identity.internal.normalize.IdentifierNormalizer;
import io.journeymap.identity.internal.normalize.NormalizationRules;
import io.journeymap.journey.internal.JourneyStore;
import io.journeymap.journey.internal.StoreSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic identity resolution throughput: resolves generated identify and track events with
 * mixed identifiers through the real identity graph on a fresh store, in the pipeline's batch size,
 * and prints events/s with the graph it built.
 *
 * <p>Usage: {@code IdentityResolutionBench h2|postgres [events] [batch]}
 *
 * <p>The population: 200,000 people, each with one or two browsers (anonymous ids), 60% with a user
 * id, 70% with an email written in one of several ways (case, plus tags, dots), 30% with a phone in
 * one of several national and international formats. 30% of events are identify calls carrying
 * the person's known identifiers; the rest are track calls from a browser, signed in or not.
 */
public final class IdentityResolutionBench {

    private static final int PEOPLE = 200_000;

    private IdentityResolutionBench() {
    }

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        EmbeddedPostgres postgres = null;
        StoreSettings settings;
        if (db.equals("postgres")) {
            postgres = EmbeddedPostgres.builder().start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE bench");
            }
            settings = new StoreSettings("jdbc:postgresql://localhost:" + postgres.getPort() + "/bench", "postgres",
                    "postgres", 4, 20_000);
        } else {
            Path dir = Files.createTempDirectory("identity-bench");
            settings = new StoreSettings("jdbc:h2:file:" + dir.resolve("store") + ";WRITE_DELAY=0", "sa", "", 4, 20_000);
        }
        try (JourneyStore store = JourneyStore.open(settings)) {
            JdbcIdentityGraph graph = new JdbcIdentityGraph(store.dataSource(),
                    new IdentifierNormalizer(NormalizationRules.defaults()), IdentityRules.defaults(),
                    ProbabilisticLinking.defaults("US"), Clock.systemUTC());
            SplittableRandom random = new SplittableRandom(42);
            // warm-up on separate people, not counted
            for (int i = 0; i < 20; i++) {
                graph.resolve(generate(random, batch, -1));
            }
            long t0 = System.nanoTime();
            int done = 0;
            while (done < events) {
                int n = Math.min(batch, events - done);
                graph.resolve(generate(random, n, done));
                done += n;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("identity resolution on %s: %,d events in batches of %,d%n", db, events, batch);
            System.out.printf("  events/s: %,.0f (%.1f s)%n", events / seconds, seconds);
            try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
                System.out.printf("  profiles: %,d live, %,d merged away; identifiers: %,d; merge log: %s%n",
                        count(s, "SELECT COUNT(*) FROM identity_profile WHERE merged_into IS NULL"),
                        count(s, "SELECT COUNT(*) FROM identity_profile WHERE merged_into IS NOT NULL"),
                        count(s, "SELECT COUNT(*) FROM identity_link"),
                        decisions(s));
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String decisions(Statement s) throws Exception {
        StringBuilder out = new StringBuilder();
        try (ResultSet rs = s.executeQuery("SELECT decision, COUNT(*) FROM identity_merge_log GROUP BY decision ORDER BY decision")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append(' ').append(String.format("%,d", rs.getLong(2))).append("; ");
            }
        }
        return out.toString();
    }

    /** A batch of events; {@code offset} -1 draws from a separate warm-up population. */
    static List<TouchpointEvent> generate(SplittableRandom random, int n, int offset) {
        List<TouchpointEvent> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int person = random.nextInt(PEOPLE) + (offset < 0 ? PEOPLE : 0);
            SplittableRandom traits = new SplittableRandom(person * 7919L);
            boolean hasUser = traits.nextInt(100) < 60;
            boolean hasEmail = traits.nextInt(100) < 70;
            boolean hasPhone = traits.nextInt(100) < 30;
            int browsers = 1 + traits.nextInt(2);
            List<Identifier> ids = new ArrayList<>();
            String anon = "anon-" + person + "-" + random.nextInt(browsers);
            boolean identify = random.nextInt(100) < 30;
            boolean signedIn = hasUser && (identify || random.nextBoolean());
            if (signedIn) {
                ids.add(Identifier.of(IdentifierType.USER_ID, "user-" + person));
            }
            ids.add(Identifier.of(IdentifierType.ANONYMOUS_ID, anon));
            if (identify && hasEmail) {
                ids.add(Identifier.of(IdentifierType.EMAIL, email(person, random.nextInt(4))));
            }
            if (identify && hasPhone) {
                ids.add(Identifier.of(IdentifierType.PHONE, phone(person, random.nextInt(3))));
            }
            String messageId = "b-" + (offset < 0 ? "w" : "") + (offset + i) + "-" + random.nextLong();
            events.add(new TouchpointEvent(messageId, identify ? EventType.IDENTIFY : EventType.TRACK,
                    identify ? null : "Viewed Page", null, Map.of(), null, Instant.EPOCH, Instant.EPOCH,
                    signedIn ? "user-" + person : null, anon, null, null, ids, EventContext.empty(), null,
                    new EventSource("bench", "web")));
        }
        return events;
    }

    private static String email(int person, int form) {
        String local = "first.last" + person;
        return switch (form) {
            case 0 -> local + "@gmail.com";
            case 1 -> " " + local.toUpperCase() + "@Gmail.com ";
            case 2 -> local.replace(".", "") + "+promo@gmail.com";
            default -> local + "@googlemail.com";
        };
    }

    private static String phone(int person, int form) {
        String n = String.format("%07d", person % 10_000_000);
        String line = n.substring(3);
        return switch (form) {
            case 0 -> "+1 415-" + n.substring(0, 3) + "-" + line;
            case 1 -> "(415) " + n.substring(0, 3) + " " + line;
            default -> "001 415 " + n.substring(0, 3) + line;
        };
    }
}
