package io.journeymap.identity.internal.graph;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * New profile ids: a millisecond timestamp then 64 random bits, in hex ({@code p-} + 28 digits).
 * Time first, so new profiles land at the right-hand edge of the profile and identifier indexes
 * instead of all over them: with random UUIDs, every commit rewrote index pages across the whole
 * tree. The random part keeps ids unguessable and unique across nodes.
 */
final class ProfileIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private ProfileIds() {
    }

    static String next() {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return "p-" + String.format("%012x", System.currentTimeMillis()) + HEX.formatHex(random);
    }
}
