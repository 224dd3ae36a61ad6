package io.journeymap.connector.common.rows;

/**
 * A chunk was not made durable (the journal or broker is unavailable, or slow): retriable, and the
 * input must be read again rather than marked done. The message names no record content.
 */
public class IngestFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param cause   the ingest's failure
     */
    public IngestFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
