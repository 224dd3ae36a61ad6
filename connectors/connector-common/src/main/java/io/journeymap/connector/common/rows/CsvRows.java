package io.journeymap.connector.common.rows;

import io.journeymap.api.event.Violation;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Streams the records of an RFC 4180 CSV file (quoted fields, doubled quotes, line breaks inside
 * quotes) one at a time, so a file of any size is read in constant memory. The first record is the
 * header; column names are matched without regard to case. Lines before it that start with
 * {@code Parameters:} (Google Ads' upload templates, e.g. {@code Parameters:TimeZone=+0100}) are
 * read as parameters.
 */
public final class CsvRows implements Iterator<SourceRow> {

    private final Reader in;
    private final char delimiter;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Map<String, Integer> header = new HashMap<>();
    private final StringBuilder raw = new StringBuilder();
    private long line = 1;
    private int pushedBack = -2;
    private SourceRow next;

    /**
     * @param in        the file's characters (buffered by the caller)
     * @param delimiter the field separator, usually {@code ,} or {@code ;} or a tab
     * @throws UncheckedIOException when reading fails
     */
    public CsvRows(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
        readHeader();
        next = readRow();
    }

    /** @return the {@code Parameters:} lines before the header, keys in lower case */
    public Map<String, String> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** @return whether the header names the column, in any case */
    public boolean hasColumn(String column) {
        return header.containsKey(column.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public SourceRow next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        SourceRow row = next;
        next = readRow();
        return row;
    }

    private void readHeader() {
        while (true) {
            List<String> fields = readRecord();
            if (fields == null) {
                return;
            }
            String first = fields.get(0).strip();
            if (first.startsWith("\uFEFF")) {
                first = first.substring(1);
                fields.set(0, first);
            }
            if (first.regionMatches(true, 0, "Parameters:", 0, 11)) {
                String p = String.join(String.valueOf(delimiter), fields).substring(11);
                int eq = p.indexOf('=');
                if (eq > 0) {
                    parameters.put(p.substring(0, eq).strip().toLowerCase(Locale.ROOT), p.substring(eq + 1).strip());
                }
                continue;
            }
            if (fields.size() == 1 && first.isEmpty()) {
                continue;
            }
            for (int i = 0; i < fields.size(); i++) {
                header.putIfAbsent(fields.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            return;
        }
    }

    private SourceRow readRow() {
        while (true) {
            long start = line;
            List<String> fields = readRecord();
            if (fields == null) {
                return null;
            }
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue; // an empty line, e.g. the file's last
            }
            Violation problem = fields.size() == header.size() ? null : Violation.of("row", "column-count",
                    "the row has " + fields.size() + " fields where the header has " + header.size());
            return new CsvRow(start, fields, raw.toString().stripTrailing(), problem);
        }
    }

    // One record, or null at the end of input; counts lines, including those inside quotes.
    private List<String> readRecord() {
        raw.setLength(0);
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = read();
            if (c == -1) {
                if (!any) {
                    return null;
                }
                fields.add(field.toString());
                return fields;
            }
            any = true;
            raw.append((char) c);
            if (quoted) {
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        raw.append('"');
                        field.append('"');
                    } else {
                        quoted = false;
                        pushedBack = d;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                line++;
                fields.add(stripCr(field));
                return fields;
            } else {
                field.append((char) c);
            }
        }
    }

    private static String stripCr(StringBuilder field) {
        int n = field.length();
        return n > 0 && field.charAt(n - 1) == '\r' ? field.substring(0, n - 1) : field.toString();
    }

    private int read() {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class CsvRow implements SourceRow {
        private final long line;
        private final List<String> fields;
        private final String raw;
        private final Violation problem;

        CsvRow(long line, List<String> fields, String raw, Violation problem) {
            this.line = line;
            this.fields = fields;
            this.raw = raw;
            this.problem = problem;
        }

        @Override
        public long line() {
            return line;
        }

        @Override
        public String text(String column) {
            Integer i = header.get(column.toLowerCase(Locale.ROOT));
            if (i == null || i >= fields.size()) {
                return null;
            }
            String v = fields.get(i).strip();
            return v.isEmpty() ? null : v;
        }

        @Override
        public Object value(String column) {
            return text(column);
        }

        @Override
        public String raw() {
            return raw;
        }

        @Override
        public Optional<Violation> malformed() {
            return Optional.ofNullable(problem);
        }
    }
}
