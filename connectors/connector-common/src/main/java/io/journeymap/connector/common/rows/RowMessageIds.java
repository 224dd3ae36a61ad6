package io.journeymap.connector.common.rows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Message ids of imported records, derived from where the record is and what it says: the file name,
 * the line and a hash of the record. Re-reading a file (a re-drop, a restart mid-file) yields the same
 * ids, so the journal stores each record once; a corrected record on the same line gets a new id.
 */
public final class RowMessageIds {

    private RowMessageIds() {
    }

    /**
     * @param prefix   a short prefix naming the connector, e.g. {@code file}
     * @param fileName the input file's name
     * @param line     the record's line
     * @param raw      the record as it was in the file
     * @return {@code prefix-} and 32 hex digits
     */
    public static String of(String prefix, String fileName, long line, String raw) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(fileName.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Long.toString(line).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(raw.getBytes(StandardCharsets.UTF_8));
            return prefix + "-" + HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
