package io.journeymap.consent.internal.shred;

import io.journeymap.api.store.StoreException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.json.EventJson;
import io.journeymap.api.privacy.EventSealer;
import io.journeymap.consent.internal.ledger.SubjectHasher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * Per-person AES-256-GCM keys for events on a shared log. A record is
 * {@code {"jm-sealed":1,"k":<key id>,"iv":…,"ct":…}}; the key id (also the record key) is a keyed
 * hash of the event's partition key, and is bound to the ciphertext as associated data, so a
 * record cannot be moved to another person's key. Keys are cached for {@link #CACHE_TTL}: another
 * node that cached a key before an erasure can read that person's records for at most that long.
 */
public final class SubjectKeys implements EventSealer {

    /** How long a key is used from memory before the store is asked again. */
    public static final Duration CACHE_TTL = Duration.ofMinutes(5);

    private static final String MARK = "jm-sealed";
    private static final int CHUNK = 200;
    private static final int CACHE_MAX = 200_000;

    private record Cached(SecretKeySpec key, Instant loaded) {
    }

    private final DataSource dataSource;
    private final SubjectHasher hasher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /**
     * @param dataSource the journey store, which holds the keys
     * @param hasher     names keys without naming people
     * @param clock      for key creation and cache expiry
     */
    public SubjectKeys(DataSource dataSource, SubjectHasher hasher, Clock clock) {
        this.dataSource = dataSource;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public String recordKey(TouchpointEvent event) {
        return hasher.keyId(event.partitionKey());
    }

    @Override
    public List<String> seal(List<TouchpointEvent> events) {
        List<String> ids = events.stream().map(this::recordKey).toList();
        Map<String, SecretKeySpec> keys = keys(new LinkedHashSet<>(ids), true);
        List<String> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            out.add(seal(ids.get(i), keys.get(ids.get(i)), EventJson.write(events.get(i))));
        }
        return out;
    }

    @Override
    public List<Optional<TouchpointEvent>> open(List<String> records) {
        List<JsonNode> nodes = new ArrayList<>(records.size());
        Set<String> wanted = new LinkedHashSet<>();
        for (String r : records) {
            JsonNode n;
            try {
                n = EventJson.mapper().readTree(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("record: not JSON");
            }
            if (n == null || !n.isObject()) {
                throw new IllegalArgumentException("record: not a JSON object");
            }
            if (n.has(MARK)) {
                wanted.add(n.path("k").asText());
            }
            nodes.add(n);
        }
        Map<String, SecretKeySpec> keys = keys(wanted, false);
        List<Optional<TouchpointEvent>> out = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            JsonNode n = nodes.get(i);
            if (!n.has(MARK)) {
                out.add(Optional.of(EventJson.read(records.get(i))));
                continue;
            }
            SecretKeySpec key = keys.get(n.path("k").asText());
            out.add(key == null ? Optional.empty() : Optional.of(EventJson.read(open(n, key))));
        }
        return out;
    }

    /**
     * Destroys the keys of the given partition-key values: their records become unreadable.
     *
     * @return how many keys were deleted
     */
    public long destroy(Connection c, Collection<String> partitionValues) throws SQLException {
        List<String> ids = partitionValues.stream().map(hasher::keyId).distinct().toList();
        long n = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM subject_key WHERE key_id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                n += ps.executeUpdate();
            }
        }
        ids.forEach(cache::remove);
        return n;
    }

    private String seal(String keyId, SecretKeySpec key, String json) {
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] ct = cipher.doFinal(json.getBytes(StandardCharsets.UTF_8));
            ObjectNode n = EventJson.mapper().createObjectNode();
            n.put(MARK, 1);
            n.put("k", keyId);
            n.put("iv", Base64.getEncoder().encodeToString(iv));
            n.put("ct", Base64.getEncoder().encodeToString(ct));
            return n.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JRE", e);
        }
    }

    private static byte[] open(JsonNode n, SecretKeySpec key) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128,
                    Base64.getDecoder().decode(n.path("iv").asText())));
            cipher.updateAAD(n.path("k").asText().getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(Base64.getDecoder().decode(n.path("ct").asText()));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("record: a sealed event failed authentication");
        }
    }

    /** The keys for these ids from memory or the store; creates missing ones when asked to. */
    private Map<String, SecretKeySpec> keys(Set<String> ids, boolean create) {
        Map<String, SecretKeySpec> out = new HashMap<>();
        List<String> missing = new ArrayList<>();
        Instant fresh = clock.instant().minus(CACHE_TTL);
        for (String id : ids) {
            Cached c = cache.get(id);
            if (c != null && c.loaded().isAfter(fresh)) {
                out.put(id, c.key());
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        try (Connection c = dataSource.getConnection()) {
            Map<String, SecretKeySpec> loaded = load(c, missing);
            if (create && loaded.size() < missing.size()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO subject_key (key_id, secret, created_at)"
                        + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                    for (String id : missing) {
                        if (!loaded.containsKey(id)) {
                            byte[] secret = new byte[32];
                            random.nextBytes(secret);
                            ps.setString(1, id);
                            ps.setString(2, Base64.getEncoder().encodeToString(secret));
                            ps.setObject(3, clock.instant().atOffset(ZoneOffset.UTC));
                            ps.addBatch();
                        }
                    }
                    ps.executeBatch();
                }
                // another node may have created some first: read back what is stored
                loaded = load(c, missing);
            }
            if (cache.size() > CACHE_MAX) {
                cache.clear();
            }
            Instant now = clock.instant();
            for (String id : missing) {
                SecretKeySpec key = loaded.get(id);
                if (key == null) {
                    cache.remove(id);
                } else {
                    cache.put(id, new Cached(key, now));
                    out.put(id, key);
                }
            }
            return out;
        } catch (SQLException e) {
            throw StoreException.of("subject keys unavailable", e);
        }
    }

    private static Map<String, SecretKeySpec> load(Connection c, List<String> ids) throws SQLException {
        Map<String, SecretKeySpec> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT key_id, secret FROM subject_key WHERE key_id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new SecretKeySpec(Base64.getDecoder().decode(rs.getString(2)), "AES"));
                    }
                }
            }
        }
        return out;
    }
}
