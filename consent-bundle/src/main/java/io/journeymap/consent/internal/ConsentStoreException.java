package io.journeymap.consent.internal;

/** The store failed; the message carries the SQL state only, never a value (drivers quote values). */
public final class ConsentStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ConsentStoreException(String message) {
        super(message);
    }
}
