package io.journeymap.identity.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.journey.internal.EmbeddedPostgresStores;
import io.journeymap.journey.internal.StoreSettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The identity graph on a real PostgreSQL, and resolution racing itself across writers. */
class PostgresIdentityGraphIT extends IdentityGraphContract {

    private static EmbeddedPostgresStores postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgresStores.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    protected StoreSettings freshDatabase() throws Exception {
        return postgres.freshDatabase("identity", 12);
    }

    /**
     * Eight writers (each its own graph instance, as two nodes would be) resolve events naming the
     * same new identifiers at the same moment, round after round: each identifier ends in exactly
     * one profile and every writer was told that profile.
     */
    @Test
    void writersRacingOnTheSameNewIdentifierCreateOneProfile() throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int round = 0; round < 20; round++) {
                String email = "race-" + round + "@example.com";
                CyclicBarrier start = new CyclicBarrier(writers);
                List<Future<String>> answers = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    JdbcIdentityGraph own = newGraph();
                    TouchpointEvent e = event("node-" + w, id(IdentifierType.EMAIL, email),
                            id(IdentifierType.ANONYMOUS_ID, "anon-" + round + "-" + w));
                    answers.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return own.resolve(List.of(e)).get(0);
                    }));
                }
                Set<String> profiles = new HashSet<>();
                for (Future<String> a : answers) {
                    profiles.add(a.get(60, TimeUnit.SECONDS));
                }
                assertThat(profiles).as("round " + round).hasSize(1);
                assertThat(graph.profile(profiles.iterator().next()).orElseThrow().identifiers())
                        .hasSize(2 + writers); // the email, its hash, and every writer's anonymous id
            }
            try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM identity_profile p WHERE NOT EXISTS"
                            + " (SELECT 1 FROM identity_link l WHERE l.profile_id = p.profile_id)")) {
                rs.next();
                assertThat(rs.getLong(1)).as("profiles left without identifiers").isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Writers on different nodes merging overlapping profiles at once (one event joins a and b,
     * another b and c): afterwards a, b and c are one live profile and no identifier points at a
     * profile that was merged away.
     */
    @Test
    void overlappingMergesRacingLeaveNoIdentifierOnAMergedAwayProfile() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 15; round++) {
                String a = "a" + round + "@example.com";
                String b = "b" + round + "@example.com";
                String c = "c" + round + "@example.com";
                for (String email : List.of(a, b, c)) {
                    graph.resolve(List.of(event("crm", id(IdentifierType.EMAIL, email))));
                }
                CyclicBarrier start = new CyclicBarrier(3);
                List<Future<String>> answers = new ArrayList<>();
                for (List<String> pair : List.of(List.of(a, b), List.of(b, c), List.of(a, c))) {
                    JdbcIdentityGraph own = newGraph();
                    TouchpointEvent e = event("web", id(IdentifierType.EMAIL, pair.get(0)), id(IdentifierType.EMAIL, pair.get(1)));
                    answers.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return own.resolve(List.of(e)).get(0);
                    }));
                }
                for (Future<String> f : answers) {
                    f.get(60, TimeUnit.SECONDS);
                }
                String owner = graph.lookup(id(IdentifierType.EMAIL, a)).orElseThrow().profileId();
                assertThat(graph.lookup(id(IdentifierType.EMAIL, b)).orElseThrow().profileId()).as("round " + round).isEqualTo(owner);
                assertThat(graph.lookup(id(IdentifierType.EMAIL, c)).orElseThrow().profileId()).as("round " + round).isEqualTo(owner);
            }
            try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM identity_link l JOIN identity_profile p"
                            + " ON p.profile_id = l.profile_id WHERE p.merged_into IS NOT NULL")) {
                rs.next();
                assertThat(rs.getLong(1)).as("identifiers on merged-away profiles").isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
