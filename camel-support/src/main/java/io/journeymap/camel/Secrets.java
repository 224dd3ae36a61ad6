package io.journeymap.camel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Comparing secrets (passwords, write keys) the one safe way. */
public final class Secrets {

    private Secrets() {
    }

    /**
     * Compares in time independent of where the strings differ, so a timing attack learns nothing.
     *
     * @param expected the configured secret
     * @param given    what the caller sent, may be null
     * @return whether they are equal
     */
    public static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
