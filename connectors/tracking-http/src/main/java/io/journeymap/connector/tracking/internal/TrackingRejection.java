package io.journeymap.connector.tracking.internal;

import java.util.Map;

/**
 * A request refused as a whole, with the HTTP status and error body to answer.
 */
final class TrackingRejection extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, Object> details;

    TrackingRejection(int status, String code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    TrackingRejection(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Map<String, Object> details() {
        return details;
    }
}
