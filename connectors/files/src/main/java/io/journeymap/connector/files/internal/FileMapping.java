package io.journeymap.connector.files.internal;

import io.journeymap.api.event.IdentifierType;
import java.util.List;
import java.util.Map;

/**
 * How the files whose names match one pattern become events: which column holds what.
 *
 * @param name            the mapping's name in the configuration ({@code mapping.<name>.*}); the events' source instance
 * @param pattern         an Ant-style file name pattern, e.g. {@code store-visits*.csv}
 * @param format          CSV or JSON lines
 * @param delimiter       the CSV field separator
 * @param fixedEvent      the event name for every row, or null when {@code eventColumn} names it
 * @param eventColumn     the column holding the event name, or null
 * @param timestampColumn the column holding when it happened
 * @param timestamps      how that column is written
 * @param identifiers     identifier columns by type, in configuration order
 * @param properties      the columns kept as event properties (by their column name)
 * @param textColumn      the column holding free text (notes, transcript), or null
 * @param channel         the events' channel, e.g. {@code offline}
 */
record FileMapping(String name, String pattern, Format format, char delimiter, String fixedEvent, String eventColumn,
        String timestampColumn, TimestampFormat timestamps, Map<IdentifierType, String> identifiers,
        List<String> properties, String textColumn, String channel) {

    /** The file formats a mapping can read. */
    enum Format { CSV, JSONL }
}
