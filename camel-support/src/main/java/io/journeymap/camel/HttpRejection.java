package io.journeymap.camel;

import java.util.Map;

/** A request refused as a whole, with the HTTP status and the JSON error body to answer it with. */
public final class HttpRejection extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, Object> details;

    /**
     * @param status  the HTTP status
     * @param code    a stable machine-readable code, e.g. {@code invalid_signature}
     * @param message a human sentence; never a secret or personal data
     * @param details extra fields of the error body, may be empty
     */
    public HttpRejection(int status, String code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = Map.copyOf(details);
    }

    /**
     * @param status  the HTTP status
     * @param code    a stable machine-readable code
     * @param message a human sentence
     */
    public HttpRejection(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the machine-readable code */
    public String code() {
        return code;
    }

    /** @return extra fields of the error body */
    public Map<String, Object> details() {
        return details;
    }

    /**
     * Answers the exchange with this rejection's status and error body.
     *
     * @param exchange the exchange to answer
     */
    public void answer(org.apache.camel.Exchange exchange) {
        HttpResponses.error(exchange, status, code, getMessage(), details);
    }
}
