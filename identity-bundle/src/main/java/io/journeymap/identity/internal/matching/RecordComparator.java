package io.journeymap.identity.internal.matching;

import java.util.List;

/**
 * The comparison schema: which fields are compared, with which comparator. Turns a pair of
 * records into an agreement pattern ({@link AgreementPattern}). Immutable and thread-safe.
 */
public final class RecordComparator {

    private final List<ComparedField> fields;
    private final FieldComparator[] comparators;

    public RecordComparator(List<ComparedField> fields) {
        if (fields.isEmpty() || fields.size() > AgreementPattern.MAX_FIELDS) {
            throw new IllegalArgumentException("between 1 and " + AgreementPattern.MAX_FIELDS + " fields, got " + fields.size());
        }
        if (fields.stream().map(ComparedField::name).distinct().count() != fields.size()) {
            throw new IllegalArgumentException("a field is compared twice: " + fields);
        }
        this.fields = List.copyOf(fields);
        this.comparators = this.fields.stream().map(ComparedField::comparator).toArray(FieldComparator[]::new);
    }

    public List<ComparedField> fields() {
        return fields;
    }

    public int fieldCount() {
        return fields.size();
    }

    /** The level count of each field, in schema order. */
    public int[] levelCounts() {
        int[] counts = new int[comparators.length];
        for (int f = 0; f < counts.length; f++) {
            counts[f] = comparators[f].levelCount();
        }
        return counts;
    }

    /** Normalises the compared fields of a record once, for many comparisons. */
    public PreparedRecord prepare(MatchRecord record) {
        String[] values = new String[comparators.length];
        for (int f = 0; f < values.length; f++) {
            values[f] = comparators[f].normalise(record.field(fields.get(f).name()));
        }
        return new PreparedRecord(record, values);
    }

    /** The agreement pattern of two prepared records. */
    public long compare(PreparedRecord left, PreparedRecord right) {
        long pattern = 0;
        for (int f = 0; f < comparators.length; f++) {
            pattern = AgreementPattern.with(pattern, f, comparators[f].compare(left.value(f), right.value(f)));
        }
        return pattern;
    }

    /** The agreement pattern of two records; prefer {@link #prepare} when a record takes part in many pairs. */
    public long compare(MatchRecord left, MatchRecord right) {
        return compare(prepare(left), prepare(right));
    }

    /** A readable form of a pattern, e.g. {@code surname=exact postcode=missing}, for logs and reports. */
    public String describe(long pattern) {
        StringBuilder b = new StringBuilder();
        for (int f = 0; f < comparators.length; f++) {
            int level = AgreementPattern.level(pattern, f);
            b.append(f == 0 ? "" : " ").append(fields.get(f).name()).append('=')
                    .append(level == FieldComparator.MISSING ? "missing" : comparators[f].levelName(level));
        }
        return b.toString();
    }
}
