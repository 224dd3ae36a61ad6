package io.journeymap.consent.internal.shred;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeymap.api.event.Identifier;
import io.journeymap.api.event.IdentifierType;
import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.json.EventJson;
import io.journeymap.api.privacy.EventSealer;
import io.journeymap.api.store.InLists;
import io.journeymap.api.store.StoreException;
import io.journeymap.consent.internal.ledger.SubjectHasher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
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
 * {@code {"jm-sealed":1,"k":<key id>,"g":<generation>,"iv":…,"ct":…}}. The key id (also the
 * record key) is a keyed hash of the person's partition identifier, normalised (the user id, else
 * the anonymous id), so erasure finds it from the identity graph's identifiers; the generation is
 * random per key, so a person who returns after an erasure gets a new key and their old records
 * stay unreadable. Id and generation are bound to the ciphertext as associated data. A record
 * that cannot be opened (key destroyed, another generation, failed authentication, malformed) is
 * reported as unreadable, never thrown, so one record cannot stop a consumer. Keys are cached for
 * {@link #CACHE_TTL}: another node that cached a key before an erasure can read that person's
 * records for at most that long.
 */
public final class SubjectKeys implements EventSealer {

    /** How long a key is used from memory before the store is asked again. */
    public static final Duration CACHE_TTL = Duration.ofMinutes(5);

    private static final String MARK = "jm-sealed";
    private static final int CACHE_MAX = 200_000;

    private record Key(SecretKeySpec secret, String generation) {
    }

    private record Cached(Key key, Instant loaded) {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SubjectKeys.class);

    private final DataSource dataSource;
    private final SubjectHasher hasher;
    private final java.util.function.Function<Identifier, Optional<Identifier>> normalizer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /**
     * @param dataSource the journey store, which holds the keys
     * @param hasher     names keys without naming people
     * @param normalizer the identity graph's normalisation, so keys are named as erasure finds them
     * @param clock      for key creation and cache expiry
     */
    public SubjectKeys(DataSource dataSource, SubjectHasher hasher,
            java.util.function.Function<Identifier, Optional<Identifier>> normalizer, Clock clock) {
        this.dataSource = dataSource;
        this.hasher = hasher;
        this.normalizer = normalizer;
        this.clock = clock;
    }

    @Override
    public String recordKey(TouchpointEvent event) {
        // The first identifier that normalises names the person: an erasure destroys the keys of all
        // of a person's normalised identifiers, so the key is found whichever one it was.
        for (Identifier raw : event.partitionIdentifiers()) {
            Optional<Identifier> id = normalizer.apply(raw);
            if (id.isPresent()) {
                return keyId(id.get());
            }
        }
        // no person to erase: a key of its own
        return hasher.keyId("event:" + event.source().key() + "\n" + event.messageId());
    }

    private String keyId(Identifier normalised) {
        return hasher.keyId(normalised.type().wireName() + ":" + normalised.value());
    }

    @Override
    public List<String> seal(List<TouchpointEvent> events) {
        List<String> ids = events.stream().map(this::recordKey).toList();
        Map<String, Key> keys = keys(new LinkedHashSet<>(ids), true);
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
            JsonNode n = null;
            try {
                n = r == null ? null : EventJson.mapper().readTree(r);
            } catch (IOException e) {
                // reported below, without its content
            }
            if (n != null && n.isObject() && n.has(MARK)) {
                wanted.add(n.path("k").asText());
            }
            nodes.add(n != null && n.isObject() ? n : null);
        }
        Map<String, Key> keys = keys(wanted, false);
        List<Optional<TouchpointEvent>> out = new ArrayList<>(records.size());
        int unreadable = 0;
        for (int i = 0; i < records.size(); i++) {
            Optional<TouchpointEvent> e = open(nodes.get(i), records.get(i), keys);
            unreadable += e.isEmpty() ? 1 : 0;
            out.add(e);
        }
        if (unreadable > 0) {
            LOG.info("{} of {} records unreadable: erased (key destroyed) or not a sealed or canonical event",
                    unreadable, records.size());
        }
        return out;
    }

    private static Optional<TouchpointEvent> open(JsonNode n, String record, Map<String, Key> keys) {
        try {
            if (n == null) {
                return Optional.empty();
            }
            if (!n.has(MARK)) {
                return Optional.of(EventJson.read(record));
            }
            Key key = keys.get(n.path("k").asText());
            if (key == null || !key.generation().equals(n.path("g").asText())) {
                return Optional.empty();
            }
            return Optional.of(EventJson.read(open(n, key)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Destroys the keys of a person's identifiers, in the caller's transaction: their records
     * become unreadable. Call {@link #evict} once it committed.
     *
     * @param normalised the person's normalised identifiers
     * @return the key ids deleted
     */
    public List<String> destroy(Connection c, Collection<Identifier> normalised) throws SQLException {
        List<String> ids = normalised.stream().map(this::keyId).distinct().toList();
        List<String> deleted = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM subject_key WHERE key_id = ?")) {
            for (String id : ids) {
                ps.setString(1, id);
                if (ps.executeUpdate() > 0) {
                    deleted.add(id);
                }
            }
        }
        return deleted;
    }

    /** Forgets cached keys after their deletion committed (evicting earlier could cache them again). */
    public void evict(Collection<String> keyIds) {
        keyIds.forEach(cache::remove);
    }

    private String seal(String keyId, Key key, String json) {
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(128, iv));
            cipher.updateAAD((keyId + "/" + key.generation()).getBytes(StandardCharsets.UTF_8));
            byte[] ct = cipher.doFinal(json.getBytes(StandardCharsets.UTF_8));
            ObjectNode n = EventJson.mapper().createObjectNode();
            n.put(MARK, 1);
            n.put("k", keyId);
            n.put("g", key.generation());
            n.put("iv", Base64.getEncoder().encodeToString(iv));
            n.put("ct", Base64.getEncoder().encodeToString(ct));
            return n.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JRE", e);
        }
    }

    private static byte[] open(JsonNode n, Key key) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(128,
                    Base64.getDecoder().decode(n.path("iv").asText())));
            cipher.updateAAD((n.path("k").asText() + "/" + key.generation()).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(Base64.getDecoder().decode(n.path("ct").asText()));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("record: a sealed event failed authentication");
        }
    }

    /** The keys for these ids from memory or the store; creates missing ones when asked to. */
    private Map<String, Key> keys(Set<String> ids, boolean create) {
        Map<String, Key> out = new HashMap<>();
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
            Map<String, Key> loaded = load(c, missing);
            if (create && loaded.size() < missing.size()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO subject_key (key_id, generation, secret,"
                        + " created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    for (String id : missing) {
                        if (!loaded.containsKey(id)) {
                            byte[] secret = new byte[32];
                            random.nextBytes(secret);
                            byte[] generation = new byte[8];
                            random.nextBytes(generation);
                            ps.setString(1, id);
                            ps.setString(2, java.util.HexFormat.of().formatHex(generation));
                            ps.setString(3, Base64.getEncoder().encodeToString(secret));
                            ps.setObject(4, clock.instant().atOffset(ZoneOffset.UTC));
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
                Key key = loaded.get(id);
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

    private static Map<String, Key> load(Connection c, List<String> ids) throws SQLException {
        Map<String, Key> out = new HashMap<>();
        InLists.query(c, "SELECT key_id, secret, generation FROM subject_key WHERE key_id IN ", "", ids, rs ->
                out.put(rs.getString(1), new Key(new SecretKeySpec(Base64.getDecoder().decode(rs.getString(2)), "AES"),
                        rs.getString(3))));
        return out;
    }
}
