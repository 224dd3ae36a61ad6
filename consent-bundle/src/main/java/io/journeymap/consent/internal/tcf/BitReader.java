package io.journeymap.consent.internal.tcf;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads one segment's fields in order, big-endian, bit 0 being the high bit of the first byte (the
 * spec's "bit numberings are left-to-right"). Every read first checks that the segment holds the
 * whole field, so a truncated string fails with the field's name instead of reading zeros.
 */
final class BitReader {

    private final byte[] bytes;
    private final int bitLength;
    private final String segment;
    private int position;

    /** @param segment the name that prefixes field names in errors, e.g. {@code tcString} */
    BitReader(byte[] bytes, String segment) {
        this.bytes = bytes;
        this.bitLength = bytes.length * 8;
        this.segment = segment;
    }

    /** The index of the next bit to read. */
    int position() {
        return position;
    }

    /** An unsigned field of up to 63 bits. */
    long readLong(int bits, String field) {
        require(bits, field);
        long value = 0;
        for (int i = 0; i < bits; i++) {
            value = (value << 1) | bit(position++);
        }
        return value;
    }

    /** An unsigned field of up to 31 bits. */
    int readInt(int bits, String field) {
        return (int) readLong(bits, field);
    }

    /** A 1-bit flag. */
    boolean readBoolean(String field) {
        require(1, field);
        return bit(position++) == 1;
    }

    /** A bit per id, the first bit standing for id 1: the ids whose bit is set. */
    SortedSet<Integer> readFlags(int bits, String field) {
        require(bits, field);
        TreeSet<Integer> ids = new TreeSet<>();
        for (int id = 1; id <= bits; id++) {
            if (bit(position++) == 1) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** A bitfield of {@code bits} vendors, the first bit standing for vendor 1. */
    VendorSet readVendorBitField(int bits, String field) {
        require(bits, field);
        VendorSet.Ranges ranges = new VendorSet.Ranges(16);
        for (int id = 1; id <= bits; id++) {
            if (bit(position++) == 1) {
                ranges.add(id, id);
            }
        }
        return ranges.toSet(bits);
    }

    /** Two letters of 6 bits each, 0 standing for 'A' (the spec's a=0..z=25, written upper case). */
    String readLetters(String field) {
        require(12, field);
        int first = (int) readLong(6, field);
        int second = (int) readLong(6, field);
        if (first > 25 || second > 25) {
            throw error(field, "letter value " + Math.max(first, second) + " is outside a=0..z=25");
        }
        return new String(new char[] {(char) ('A' + first), (char) ('A' + second)});
    }

    /** An error about {@code field} of this segment. */
    TcStringException error(String field, String rule) {
        return new TcStringException(segment + "." + field, rule);
    }

    private void require(int bits, String field) {
        if (bits > bitLength - position) {
            throw error(field, "the string ends at bit " + bitLength + ", the field needs " + bits
                    + " bits from bit " + position);
        }
    }

    private int bit(int index) {
        return (bytes[index >>> 3] >>> (7 - (index & 7))) & 1;
    }
}
