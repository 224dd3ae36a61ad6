package io.journeymap.consent.internal.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The value conversions the consent tables share (chunked key lists are {@code InLists}). */
final class Sql {

    private Sql() {
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Cuts a text to the column's width and drops NUL characters, which PostgreSQL text cannot hold. */
    static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        String t = s.indexOf('\0') < 0 ? s : s.replace("\0", "");
        return t.length() <= max ? t : t.substring(0, max);
    }
}
