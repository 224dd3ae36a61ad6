package io.journeymap.connector.common;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLHandshakeException;

/**
 * The one place that decides whether a failed call is worth another try, for every connector
 * (Debezium's {@code ErrorHandler} habit): a retry loop, a consumer and a route's error handler all
 * ask here, so they can never disagree.
 */
public final class FailureClassifier {

    private FailureClassifier() {
    }

    /**
     * @param status an HTTP status of a failed call (not 2xx)
     * @return {@link FailureKind#RETRIABLE} for 408, 425, 429 and every 5xx; {@link FailureKind#PERMANENT}
     *     for every other status
     */
    public static FailureKind ofStatus(int status) {
        if (status == 408 || status == 425 || status == 429 || (status >= 500 && status <= 599)) {
            return FailureKind.RETRIABLE;
        }
        return FailureKind.PERMANENT;
    }

    /**
     * @param failure what a call threw
     * @return retriable for timeouts and connection errors (the network may come back), the carried
     *     kind for an {@link HttpCallException}, permanent for everything else (a bug or bad data
     *     fails the same way every time)
     */
    public static FailureKind ofException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpCallException call) {
                return call.kind();
            }
            // A certificate the server will keep presenting: retrying only delays the alarm.
            if (t instanceof SSLHandshakeException) {
                return FailureKind.PERMANENT;
            }
            if (t instanceof HttpTimeoutException || t instanceof HttpConnectTimeoutException
                    || t instanceof ConnectException || t instanceof SocketException
                    || t instanceof UnknownHostException || t instanceof InterruptedIOException) {
                return FailureKind.RETRIABLE;
            }
        }
        // Other IOExceptions from the HTTP client are broken transfers (reset, EOF mid-body, GOAWAY).
        return failure instanceof IOException ? FailureKind.RETRIABLE : FailureKind.PERMANENT;
    }

    /**
     * @param failure what a call threw
     * @return whether another try can succeed
     */
    public static boolean isRetriable(Throwable failure) {
        return ofException(failure) == FailureKind.RETRIABLE;
    }
}
