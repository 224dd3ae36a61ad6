package io.journeymap.journey.internal;

/** A store operation failed; the cause says why. Retriable: the store may come back. */
final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
