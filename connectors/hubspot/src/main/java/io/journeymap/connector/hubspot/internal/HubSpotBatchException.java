package io.journeymap.connector.hubspot.internal;

import java.util.List;
import java.util.Map;

/**
 * A batch update HubSpot applied only in part (status 207). Permanent: the failed inputs were
 * refused for what they hold. The message counts them; the errors (which may quote values) are
 * available to code that decides what to do with them.
 */
public class HubSpotBatchException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Map<String, Object>> errors;
    private final transient List<Map<String, Object>> results;

    /**
     * @param message what failed, without values
     * @param errors  HubSpot's {@code errors[]} of every request
     * @param results the objects that were updated
     */
    public HubSpotBatchException(String message, List<Map<String, Object>> errors, List<Map<String, Object>> results) {
        super(message);
        this.errors = List.copyOf(errors);
        this.results = List.copyOf(results);
    }

    /** @return HubSpot's error entries: {@code status}, {@code category}, {@code message}, {@code context} */
    public List<Map<String, Object>> errors() {
        return errors;
    }

    /** @return the objects that were updated */
    public List<Map<String, Object>> results() {
        return results;
    }
}
