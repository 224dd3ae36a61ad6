package io.journeymap.consent.internal.ledger;

import io.journeymap.api.event.Identifier;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of identifiers (HMAC-SHA256) for logs, the audit log and the suppression list: an
 * admin who knows an identifier can find its entries, nobody can read an identifier out of them.
 * The key is generated once per installation and kept in the store, so every node agrees.
 */
public final class SubjectHasher {

    private static final String KEY_NAME = "subject-hash-key";

    private final SecretKeySpec key;

    private SubjectHasher(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Loads the installation's key, creating it on first use. */
    public static SubjectHasher load(Connection c) throws SQLException {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO consent_secret (name, secret) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, KEY_NAME);
            ps.setString(2, HexFormat.of().formatHex(fresh));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM consent_secret WHERE name = ?")) {
            ps.setString(1, KEY_NAME);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new SubjectHasher(HexFormat.of().parseHex(rs.getString(1)));
            }
        }
    }

    /**
     * @param partitionKey what an event is partitioned by: {@code type:value} of the person's normalised
     *                     user id (else anonymous id), or the event's own key when it names no person
     * @return the name of that person's event key and their record key on a shared log
     */
    public String keyId(String partitionKey) {
        return hex("partition:" + partitionKey);
    }

    /**
     * @param normalised a normalised identifier
     * @return {@code h:} and the first 32 hex digits of its keyed hash
     */
    public String ref(Identifier normalised) {
        return "h:" + hex(normalised.type().wireName() + ":" + normalised.value());
    }

    private String hex(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
