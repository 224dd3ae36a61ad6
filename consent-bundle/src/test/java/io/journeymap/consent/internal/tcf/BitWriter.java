package io.journeymap.consent.internal.tcf;

import java.util.Base64;
import java.util.BitSet;
import java.util.Collection;

/**
 * Test-only: writes fields big-endian, left to right, as the TCF spec lays them out, and gives them as
 * base64url without padding. Tests use it for strings no CMP would write (bad ranges, cut fields).
 */
final class BitWriter {

    private final BitSet bits = new BitSet();
    private int length;

    /** An unsigned field of {@code width} bits (up to 63). */
    BitWriter field(long value, int width) {
        if (width < 0 || width > 63 || value < 0 || (width < 63 && value >= 1L << width)) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " bits");
        }
        for (int i = width - 1; i >= 0; i--) {
            bits.set(length++, ((value >>> i) & 1) == 1);
        }
        return this;
    }

    BitWriter flag(boolean value) {
        return field(value ? 1 : 0, 1);
    }

    /** Two letters, 6 bits each, 'A' being 0. */
    BitWriter letters(String twoLetters) {
        String upper = twoLetters.toUpperCase(java.util.Locale.ROOT);
        if (upper.length() != 2) {
            throw new IllegalArgumentException("two letters are needed");
        }
        return field(upper.charAt(0) - 'A', 6).field(upper.charAt(1) - 'A', 6);
    }

    /** {@code width} bits, bit i (0-based) set when id i + 1 is in {@code ids}. */
    BitWriter flags(int width, Collection<Integer> ids) {
        for (int id : ids) {
            if (id < 1 || id > width) {
                throw new IllegalArgumentException("id " + id + " does not fit a " + width + "-bit field");
            }
        }
        for (int id = 1; id <= width; id++) {
            flag(ids.contains(id));
        }
        return this;
    }

    /** The bits written so far. */
    int length() {
        return length;
    }

    /** The bits as bytes, the last one padded with zero bits. */
    byte[] toBytes() {
        byte[] bytes = new byte[(length + 7) / 8];
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            bytes[i >>> 3] |= (byte) (0x80 >>> (i & 7));
        }
        return bytes;
    }

    /** The bits as base64url without padding, as TC strings are written. */
    String toBase64Url() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(toBytes());
    }
}
