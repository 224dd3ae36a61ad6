package io.journeymap.consent.internal.tcf;

import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * An immutable set of vendor ids (1..65535) decoded from a vendor section of a TC string.
 *
 * <p>The ids are kept as sorted, disjoint, non-adjacent inclusive ranges rather than a bit set: a
 * range-encoded section of a few bytes can name vendor 65535, and ranges keep the memory a decoded
 * string takes proportional to the string's length, whatever ids it names. Lookups are a binary
 * search over the ranges.
 *
 * <p>Equality is on the ids alone: the same vendors encoded as a bitfield or as ranges, with
 * different MaxVendorId values, are equal.
 */
public final class VendorSet {

    /** The largest vendor id a 16-bit field can hold. */
    public static final int MAX_ID = 0xFFFF;

    private static final VendorSet EMPTY = new VendorSet(new int[0], new int[0], 0, 0);

    private final int[] starts;
    private final int[] ends;
    private final int size;
    private final int maxVendorId;

    private VendorSet(int[] starts, int[] ends, int size, int maxVendorId) {
        this.starts = starts;
        this.ends = ends;
        this.size = size;
        this.maxVendorId = maxVendorId;
    }

    /** The set without vendors, e.g. the disclosed vendors of a string without that segment. */
    public static VendorSet empty() {
        return EMPTY;
    }

    /**
     * The set of the given vendor ids; its {@link #maxVendorId()} is the highest of them.
     *
     * @throws IllegalArgumentException for an id outside 1..65535
     */
    public static VendorSet of(int... vendorIds) {
        Ranges ranges = new Ranges(vendorIds.length);
        for (int id : vendorIds) {
            if (id < 1 || id > MAX_ID) {
                throw new IllegalArgumentException("vendor ids are 1.." + MAX_ID + ", not " + id);
            }
            ranges.add(id, id);
        }
        return ranges.toSet(-1);
    }

    /** Whether {@code vendorId} is in the set; false for any id outside 1..65535. */
    public boolean contains(int vendorId) {
        // The last range starting at or before vendorId is the only one that can hold it.
        int index = Arrays.binarySearch(starts, vendorId);
        if (index >= 0) {
            return true;
        }
        int before = -index - 2;
        return before >= 0 && vendorId <= ends[before];
    }

    /**
     * The MaxVendorId the section declared, which may exceed the highest id in the set (a bitfield
     * can end in zeros); for sets that declare none (publisher restrictions, {@link #of}) the
     * highest id in the set; 0 for an empty set without a declaration.
     */
    public int maxVendorId() {
        return maxVendorId;
    }

    /** The number of vendors in the set. */
    public int size() {
        return size;
    }

    /** Whether the set has no vendors. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** The ids in ascending order. */
    public IntStream stream() {
        return IntStream.range(0, starts.length).flatMap(i -> IntStream.rangeClosed(starts[i], ends[i]));
    }

    /** The ids as an unmodifiable sorted set. */
    public SortedSet<Integer> toSet() {
        TreeSet<Integer> ids = new TreeSet<>();
        stream().forEach(ids::add);
        return Collections.unmodifiableSortedSet(ids);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VendorSet that && Arrays.equals(starts, that.starts) && Arrays.equals(ends, that.ends);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
    }

    /** E.g. {@code VendorSet[1-3, 755; max 800]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("VendorSet[");
        for (int i = 0; i < starts.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(starts[i]);
            if (ends[i] != starts[i]) {
                text.append('-').append(ends[i]);
            }
        }
        return text.append("; max ").append(maxVendorId).append(']').toString();
    }

    /**
     * Collects inclusive ranges in any order, overlapping or not, and makes the set of their union.
     * The decoder validates ids before adding them; this class only assumes {@code 1 <= start <= end}.
     */
    static final class Ranges {

        private int[] starts;
        private int[] ends;
        private int count;

        Ranges(int expected) {
            int capacity = Math.max(4, expected);
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void add(int start, int end) {
            // Ascending input, the usual case, extends the previous range instead of adding one.
            if (count > 0 && start >= starts[count - 1] && start <= ends[count - 1] + 1) {
                ends[count - 1] = Math.max(ends[count - 1], end);
                return;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            count++;
        }

        /** @param declaredMax the section's MaxVendorId, or -1 to use the highest id added */
        VendorSet toSet(int declaredMax) {
            if (count == 0) {
                return declaredMax <= 0 ? EMPTY : new VendorSet(new int[0], new int[0], 0, declaredMax);
            }
            long[] packed = new long[count];
            for (int i = 0; i < count; i++) {
                packed[i] = ((long) starts[i] << 32) | ends[i];
            }
            Arrays.sort(packed);
            int[] mergedStarts = new int[count];
            int[] mergedEnds = new int[count];
            int merged = 0;
            for (long range : packed) {
                int start = (int) (range >>> 32);
                int end = (int) range;
                if (merged > 0 && start <= mergedEnds[merged - 1] + 1) {
                    mergedEnds[merged - 1] = Math.max(mergedEnds[merged - 1], end);
                } else {
                    mergedStarts[merged] = start;
                    mergedEnds[merged] = end;
                    merged++;
                }
            }
            int size = 0;
            for (int i = 0; i < merged; i++) {
                size += mergedEnds[i] - mergedStarts[i] + 1;
            }
            int highest = mergedEnds[merged - 1];
            return new VendorSet(
                    Arrays.copyOf(mergedStarts, merged),
                    Arrays.copyOf(mergedEnds, merged),
                    size,
                    declaredMax < 0 ? highest : declaredMax);
        }
    }
}
