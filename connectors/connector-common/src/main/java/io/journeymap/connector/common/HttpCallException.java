package io.journeymap.connector.common;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * A call that did not succeed, classified once by {@link FailureClassifier}. The message names the
 * method, path, status and attempts, never the response body: bodies may carry personal data, so
 * they are only available through {@link #responseBody()} for code that knows what it holds.
 */
public class HttpCallException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final FailureKind kind;
    private final int attempts;
    private final transient Duration retryAfter;
    private final String responseBody;

    /**
     * @param message      what failed, without payloads
     * @param status       the HTTP status, 0 when no response arrived
     * @param kind         retriable or permanent
     * @param attempts     how many times the call was tried
     * @param retryAfter   the server's Retry-After, may be null
     * @param responseBody the response body, may be null
     * @param cause        the transport failure, may be null
     */
    public HttpCallException(String message, int status, FailureKind kind, int attempts, Duration retryAfter,
            String responseBody, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.kind = kind;
        this.attempts = attempts;
        this.retryAfter = retryAfter;
        this.responseBody = responseBody;
    }

    /** @return the HTTP status, 0 when no response arrived (timeout, connection refused) */
    public int status() {
        return status;
    }

    /** @return retriable or permanent */
    public FailureKind kind() {
        return kind;
    }

    /** @return whether a later try can succeed */
    public boolean retriable() {
        return kind == FailureKind.RETRIABLE;
    }

    /** @return how many times the call was tried before giving up */
    public int attempts() {
        return attempts;
    }

    /** @return how long the server asked us to wait, if it said */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** @return the response body as sent (may hold personal data: do not log it above TRACE) */
    public Optional<String> responseBody() {
        return Optional.ofNullable(responseBody);
    }
}
