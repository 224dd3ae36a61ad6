package io.journeymap.connector.common;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * Bearer tokens from a supplier (a static private-app token, or an OAuth refresh): the token is
 * fetched once and kept until the server refuses it.
 */
public final class BearerTokenAuth implements AuthHook {

    private final Supplier<String> tokens;
    private volatile String token;

    /** @param tokens supplies a current token; called again only after a 401 */
    public BearerTokenAuth(Supplier<String> tokens) {
        this.tokens = tokens;
    }

    @Override
    public String authorization() throws IOException {
        String t = token;
        if (t == null) {
            t = fetch();
        }
        return "Bearer " + t;
    }

    @Override
    public void refresh() throws IOException {
        fetch();
    }

    private synchronized String fetch() throws IOException {
        String t;
        try {
            t = tokens.get();
        } catch (RuntimeException e) {
            throw new IOException("the token supplier failed", e);
        }
        if (t == null || t.isBlank()) {
            throw new IOException("the token supplier returned no token");
        }
        token = t.trim();
        return token;
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "BearerTokenAuth[***]";
    }
}
