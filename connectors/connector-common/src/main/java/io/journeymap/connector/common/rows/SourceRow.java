package io.journeymap.connector.common.rows;

import io.journeymap.api.event.Violation;
import java.util.Optional;

/** One record of an imported file (a CSV row, a JSON line), addressed by column name or JSON path. */
public interface SourceRow {

    /** @return the 1-based line of the file the record starts on */
    long line();

    /**
     * @param column a column name (CSV) or a dotted path (JSON lines), e.g. {@code caller.phone}
     * @return the trimmed value, or null when the column is missing or empty
     */
    String text(String column);

    /**
     * @param column a column name or dotted path
     * @return the value with its JSON type where the format has types (numbers, booleans), else the text
     */
    Object value(String column);

    /** @return the record as it was in the file (for the dead-letter entry) */
    String raw();

    /** @return why the record could not be read at all (bad JSON, wrong column count), if so */
    Optional<Violation> malformed();
}
