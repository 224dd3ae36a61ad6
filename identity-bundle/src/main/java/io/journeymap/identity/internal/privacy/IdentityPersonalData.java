package io.journeymap.identity.internal.privacy;

import io.journeymap.api.store.InLists;
import io.journeymap.api.store.Transactions;
import com.fasterxml.jackson.core.type.TypeReference;
import io.journeymap.api.json.EventJson;
import io.journeymap.api.privacy.DataSubject;
import io.journeymap.api.privacy.PersonalDataStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The identity graph's personal data: the person's profiles (including every one merged into the
 * live one), identifiers, merge history, separations, matching traits and review items.
 */
@Component(service = PersonalDataStore.class, property = "journeymap.data=identity")
public class IdentityPersonalData implements PersonalDataStore {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    /** Table, and the columns that hold a profile id. Deleted in this order. */
    private static final List<Map.Entry<String, List<String>>> TABLES = List.of(
            Map.entry("identity_link", List.of("profile_id")),
            Map.entry("identity_merge_log", List.of("profile_id", "other_id")),
            Map.entry("identity_separation", List.of("profile_id", "other_id")),
            Map.entry("identity_traits", List.of("profile_id")),
            Map.entry("identity_review", List.of("profile_id", "other_id")),
            Map.entry("identity_profile", List.of("profile_id")));

    @Reference(target = "(journeymap.store=main)")
    private DataSource store;

    /** For tests outside OSGi. */
    public static IdentityPersonalData over(DataSource store) {
        IdentityPersonalData d = new IdentityPersonalData();
        d.store = store;
        return d;
    }

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        return Transactions.read(store, "identity export", c -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> t : TABLES) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (String column : t.getValue()) {
                    select(c, t.getKey(), column, subject.profileIds(), rows);
                }
                out.put(t.getKey(), rows);
            }
            return out;
        });
    }

    @Override
    public Map<String, Long> erase(DataSubject subject) {
        return Transactions.inTransaction(store, "identity erasure", c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> t : TABLES) {
                long n = 0;
                for (String column : t.getValue()) {
                    n += delete(c, t.getKey(), column, subject.profileIds());
                }
                out.put(t.getKey(), n);
            }
            return out;
        });
    }

    private static void select(Connection c, String table, String column, List<String> ids,
            List<Map<String, Object>> rows) throws SQLException {
        InLists.query(c, "SELECT * FROM " + table + " WHERE " + column + " IN ", "", ids, rs -> {
            ResultSetMetaData md = rs.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                row.put(md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), value(rs, i, md));
            }
            if (!rows.contains(row)) {
                rows.add(row);
            }
        });
    }

    private static Object value(ResultSet rs, int i, ResultSetMetaData md) throws SQLException {
        String label = md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
        int type = md.getColumnType(i);
        if (type == java.sql.Types.TIMESTAMP_WITH_TIMEZONE || type == java.sql.Types.TIMESTAMP) {
            OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
            return t == null ? null : t.toInstant().toString();
        }
        Object v = rs.getObject(i);
        if (label.equals("fields") && v instanceof String json) {
            try {
                return EventJson.mapper().readValue(json, MAP);
            } catch (java.io.IOException e) {
                return json;
            }
        }
        return v;
    }

    private static long delete(Connection c, String table, String column, List<String> ids) throws SQLException {
        return InLists.update(c, "DELETE FROM " + table + " WHERE " + column + " IN ", ids);
    }
}
