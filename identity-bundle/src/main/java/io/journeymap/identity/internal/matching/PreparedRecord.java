package io.journeymap.identity.internal.matching;

/**
 * A record with the values of the compared fields already normalised, made once per record by
 * {@link RecordComparator#prepare} so that comparing a pair does no normalising.
 */
public final class PreparedRecord {

    private final MatchRecord record;
    private final String[] values;

    PreparedRecord(MatchRecord record, String[] values) {
        this.record = record;
        this.values = values;
    }

    /** The record this was prepared from. */
    public MatchRecord record() {
        return record;
    }

    String value(int field) {
        return values[field];
    }
}
