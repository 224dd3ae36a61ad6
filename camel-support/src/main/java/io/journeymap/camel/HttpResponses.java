package io.journeymap.camel;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.journeymap.api.json.EventJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** Writes JSON responses the same way for every HTTP endpoint we serve. */
public final class HttpResponses {

    private HttpResponses() {
    }

    /**
     * @param exchange the exchange to answer
     * @param status   the HTTP status
     * @param body     any value Jackson writes
     */
    public static void json(Exchange exchange, int status, Object body) {
        Message out = exchange.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, "application/json");
        try {
            out.setBody(EventJson.mapper().writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    /**
     * An error body: {@code {"success": false, "error": code, "message": message}} plus details.
     *
     * @param exchange the exchange to answer
     * @param status   the HTTP status
     * @param code     a stable machine-readable code, e.g. {@code unauthorized}
     * @param message  a human sentence
     * @param details  extra fields, may be empty
     */
    public static void error(Exchange exchange, int status, String code, String message, Map<String, Object> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("error", code);
        body.put("message", message);
        body.putAll(details);
        json(exchange, status, body);
    }
}
