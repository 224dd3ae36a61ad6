package io.journeymap.identity.internal.graph;

/** The identity graph's store failed; the pipeline retries the batch. */
public final class IdentityStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    IdentityStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
