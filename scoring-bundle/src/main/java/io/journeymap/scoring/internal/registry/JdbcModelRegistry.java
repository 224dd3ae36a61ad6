package io.journeymap.scoring.internal.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.journeymap.api.json.EventJson;
import io.journeymap.api.scoring.ModelStatus;
import io.journeymap.api.scoring.ModelVersion;
import io.journeymap.api.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The model registry in journeymap's store: versions with their metrics, training range, feature
 * schema and artifact, and which one serves. Status changes are transactions, so two admins (or
 * nodes) cannot leave two serving versions of one model.
 */
public final class JdbcModelRegistry {

    private static final String COLUMNS = "model, version, status, metrics, trained_on, features, created_at";

    private final DataSource dataSource;
    private final Clock clock;

    /**
     * @param dataSource journeymap's store
     * @param clock      for the registration and change times
     */
    public JdbcModelRegistry(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Registers a new version as a candidate.
     *
     * @param model     the model's name
     * @param metrics   its held-out evaluation
     * @param trainedOn what it was trained on
     * @param features  its feature schema
     * @param artifact  its packed files ({@link ModelArtifacts#pack})
     * @return the registered version
     */
    public ModelVersion register(String model, Map<String, Double> metrics, String trainedOn, String features,
            String artifact) {
        return Transactions.inTransaction(dataSource, "register model version", c -> {
            int version = 1;
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM model_version WHERE model = ?")) {
                ps.setString(1, model);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getObject(1) != null) {
                        version = rs.getInt(1) + 1;
                    }
                }
            }
            Timestamp now = Timestamp.from(clock.instant());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO model_version (model, version, status, metrics, "
                    + "trained_on, features, artifact, created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, model);
                ps.setInt(2, version);
                ps.setString(3, ModelStatus.CANDIDATE.name());
                ps.setString(4, json(metrics));
                ps.setString(5, trainedOn);
                ps.setString(6, features);
                ps.setString(7, artifact);
                ps.setTimestamp(8, now);
                ps.setTimestamp(9, now);
                ps.executeUpdate();
            }
            return find(c, model, version).orElseThrow();
        });
    }

    /** @return every version, newest first per model */
    public List<ModelVersion> versions() {
        return Transactions.read(dataSource, "list model versions", c -> {
            List<ModelVersion> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM model_version ORDER BY model, version DESC"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(version(rs));
                }
            }
            return out;
        });
    }

    /** @return the serving version of a model */
    public Optional<ModelVersion> serving(String model) {
        return versions().stream().filter(v -> v.model().equals(model) && v.status() == ModelStatus.SERVING).findFirst();
    }

    /** @return the packed files of a version */
    public String artifact(String model, int version) {
        return Transactions.read(dataSource, "read model artifact", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT artifact FROM model_version WHERE model = ? AND version = ?")) {
                ps.setString(1, model);
                ps.setInt(2, version);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("model " + model + " has no version " + version);
                    }
                    return rs.getString(1);
                }
            }
        });
    }

    /**
     * Serves a version; the one serving before is retired, a shadow of the same version stops shadowing.
     *
     * @return the version as it now stands
     */
    public ModelVersion promote(String model, int version) {
        return Transactions.inTransaction(dataSource, "promote model version", c -> {
            require(c, model, version);
            setStatus(c, model, ModelStatus.SERVING, ModelStatus.RETIRED);
            setStatus(c, model, version, ModelStatus.SERVING);
            return find(c, model, version).orElseThrow();
        });
    }

    /** Lets a version score beside the serving one; an earlier shadow goes back to candidate. */
    public ModelVersion shadow(String model, int version) {
        return Transactions.inTransaction(dataSource, "shadow model version", c -> {
            ModelVersion v = require(c, model, version);
            if (v.status() == ModelStatus.SERVING) {
                throw new IllegalArgumentException("version " + version + " of " + model + " is serving already");
            }
            setStatus(c, model, ModelStatus.SHADOW, ModelStatus.CANDIDATE);
            setStatus(c, model, version, ModelStatus.SHADOW);
            return find(c, model, version).orElseThrow();
        });
    }

    /** Serves again the version retired last; the current one is retired. */
    public ModelVersion rollback(String model) {
        return Transactions.inTransaction(dataSource, "roll back model", c -> {
            ModelVersion current = null;
            ModelVersion previous = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", changed_at FROM model_version "
                    + "WHERE model = ? AND status IN ('SERVING', 'RETIRED') ORDER BY changed_at DESC, version DESC")) {
                ps.setString(1, model);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ModelVersion v = version(rs);
                        if (v.status() == ModelStatus.SERVING) {
                            current = v;
                        } else if (previous == null) {
                            previous = v;
                        }
                    }
                }
            }
            if (previous == null) {
                throw new IllegalArgumentException("model " + model + " has no earlier serving version to roll back to");
            }
            if (current != null) {
                setStatus(c, model, current.version(), ModelStatus.RETIRED);
            }
            setStatus(c, model, previous.version(), ModelStatus.SERVING);
            return find(c, model, previous.version()).orElseThrow();
        });
    }

    private ModelVersion require(Connection c, String model, int version) throws SQLException {
        return find(c, model, version).orElseThrow(() ->
                new IllegalArgumentException("model " + model + " has no version " + version));
    }

    private Optional<ModelVersion> find(Connection c, String model, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM model_version WHERE model = ? AND version = ?")) {
            ps.setString(1, model);
            ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(version(rs)) : Optional.empty();
            }
        }
    }

    private void setStatus(Connection c, String model, ModelStatus from, ModelStatus to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE model_version SET status = ?, changed_at = ? WHERE model = ? AND status = ?")) {
            ps.setString(1, to.name());
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            ps.setString(3, model);
            ps.setString(4, from.name());
            ps.executeUpdate();
        }
    }

    private void setStatus(Connection c, String model, int version, ModelStatus to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE model_version SET status = ?, changed_at = ? WHERE model = ? AND version = ?")) {
            ps.setString(1, to.name());
            // a microsecond later than the retirement in the same transaction, so rollback's order holds
            ps.setTimestamp(2, Timestamp.from(clock.instant().plusNanos(1000)));
            ps.setString(3, model);
            ps.setInt(4, version);
            ps.executeUpdate();
        }
    }

    private static ModelVersion version(ResultSet rs) throws SQLException {
        return new ModelVersion(rs.getString(1), rs.getInt(2), ModelStatus.valueOf(rs.getString(3)),
                metrics(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant());
    }

    private static String json(Map<String, Double> metrics) {
        try {
            return EventJson.mapper().writeValueAsString(metrics);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("metrics must be numbers", e);
        }
    }

    private static Map<String, Double> metrics(String json) {
        try {
            return EventJson.mapper().readValue(json, new TypeReference<Map<String, Double>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
