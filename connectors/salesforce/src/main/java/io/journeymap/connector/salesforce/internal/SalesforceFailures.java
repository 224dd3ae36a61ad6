package io.journeymap.connector.salesforce.internal;

import io.journeymap.connector.common.FailureClassifier;
import io.journeymap.connector.common.FailureKind;
import java.util.concurrent.TimeoutException;
import org.apache.camel.component.salesforce.api.SalesforceException;
import org.apache.camel.component.salesforce.api.dto.RestError;

/**
 * Whether a failed Salesforce call is worth another try, on top of connector-common's
 * {@link FailureClassifier}: Salesforce reports its API limits as {@code REQUEST_LIMIT_EXCEEDED}
 * (403 for the org's daily limit, 503 for concurrent long requests), which waiting cures. A 401 is
 * permanent here: camel-salesforce has already logged in again and retried once, so the credentials
 * themselves no longer work.
 */
final class SalesforceFailures {

    static final String REQUEST_LIMIT_EXCEEDED = "REQUEST_LIMIT_EXCEEDED";

    private SalesforceFailures() {
    }

    /**
     * @param failure what a call threw
     * @return whether another try can succeed
     */
    static FailureKind kind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SalesforceException se && (se.getStatusCode() > 0 || hasErrors(se))) {
                if (hasError(se, REQUEST_LIMIT_EXCEEDED)) {
                    return FailureKind.RETRIABLE;
                }
                return FailureClassifier.ofStatus(se.getStatusCode());
            }
            if (t instanceof TimeoutException) {
                return FailureKind.RETRIABLE;
            }
        }
        // no HTTP status: the call never got an answer (connection refused, reset, TLS)
        Throwable cause = failure instanceof SalesforceException && failure.getCause() != null ? failure.getCause() : failure;
        return FailureClassifier.ofException(cause);
    }

    static boolean isRetriable(Throwable failure) {
        return failure != null && kind(failure) == FailureKind.RETRIABLE;
    }

    /**
     * @param failure what a call threw
     * @return a short description for logs: status and Salesforce error codes, never the messages
     *     (which may quote field values)
     */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SalesforceException se && (se.getStatusCode() > 0 || hasErrors(se))) {
                StringBuilder codes = new StringBuilder();
                if (se.getErrors() != null) {
                    for (RestError e : se.getErrors()) {
                        codes.append(codes.length() == 0 ? "" : ",").append(e.getErrorCode());
                    }
                }
                return "HTTP " + se.getStatusCode() + (codes.length() == 0 ? "" : " " + codes);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private static boolean hasErrors(SalesforceException se) {
        return se.getErrors() != null && !se.getErrors().isEmpty();
    }

    private static boolean hasError(SalesforceException se, String code) {
        return se.getErrors() != null && se.getErrors().stream().anyMatch(e -> code.equals(e.getErrorCode()));
    }
}
