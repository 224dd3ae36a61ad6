package io.journeymap.consent.internal.tcf;

/**
 * Decodes one segment's base64url text (RFC 4648 §5) to bytes. Written here rather than taken from
 * {@link java.util.Base64} so that every fault becomes a {@link TcStringException} that names the
 * segment and the position, never the character, and so that '=' padding is tolerated though TC
 * strings are written without it.
 */
final class Base64Url {

    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = i;
        }
    }

    private Base64Url() {}

    /**
     * The bytes of {@code text[start, end)}, segment {@code number} (1-based) of the TC string.
     *
     * @throws TcStringException if the text is empty, has a character outside the base64url alphabet,
     *     more than two trailing '=' or a length that leaves a lone final character
     */
    static byte[] decode(String text, int start, int end, int number) {
        int dataEnd = end;
        while (dataEnd > start && text.charAt(dataEnd - 1) == '=' && end - dataEnd < 2) {
            dataEnd--;
        }
        int length = dataEnd - start;
        if (length == 0) {
            throw new TcStringException("tcString", "segment " + number + " is empty");
        }
        if (length % 4 == 1) {
            // 6 bits cannot make a byte: no base64 encoder writes such a string.
            throw new TcStringException("tcString", "segment " + number + " has " + length
                    + " base64url characters; a length of 4n+1 leaves a lone final character");
        }
        byte[] bytes = new byte[length * 6 / 8];
        int buffer = 0;
        int buffered = 0;
        int next = 0;
        for (int i = start; i < dataEnd; i++) {
            char c = text.charAt(i);
            int value = c < 128 ? VALUES[c] : -1;
            if (value < 0) {
                throw new TcStringException("tcString", "segment " + number + " has a character outside the"
                        + " base64url alphabet (A-Z a-z 0-9 - _) at offset " + (i - start));
            }
            buffer = (buffer << 6) | value;
            buffered += 6;
            if (buffered >= 8) {
                buffered -= 8;
                bytes[next++] = (byte) (buffer >>> buffered);
                buffer &= (1 << buffered) - 1;
            }
        }
        return bytes;
    }
}
