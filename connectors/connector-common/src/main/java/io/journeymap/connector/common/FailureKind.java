package io.journeymap.connector.common;

/** Whether trying the same call again can succeed. */
public enum FailureKind {
    /** A later try can succeed: rate limits, server errors, timeouts, dropped connections. */
    RETRIABLE,
    /** The same call will fail the same way: bad request, missing permission, unknown object. */
    PERMANENT
}
