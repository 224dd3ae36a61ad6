package io.journeymap.routes.internal.admin;

import io.journeymap.api.event.Violation;
import io.journeymap.camel.HttpResponses;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;

/** The admin API's 400 answers, written once: every broken rule named by field, never a value. */
final class AdminErrors {

    private AdminErrors() {
    }

    /** One parameter breaks one rule. */
    static void invalidParameter(Exchange exchange, String field, String rule) {
        HttpResponses.error(exchange, 400, "invalid_parameter", field + " breaks " + rule,
                Map.of("errors", List.of(Map.of("field", field, "rule", rule))));
    }

    /** A request breaks these rules; the first names the answer. */
    static void invalidRequest(Exchange exchange, List<Violation> violations) {
        HttpResponses.error(exchange, 400, "invalid_request", violations.get(0).field() + " breaks "
                + violations.get(0).rule(), Map.of("errors", violations.stream()
                        .map(v -> Map.of("field", v.field(), "rule", v.rule(), "message", v.message())).toList()));
    }

    /** A service refused with our IllegalArgumentException, whose message reads "field: rule" and holds no value. */
    static void ruleBroken(Exchange exchange, IllegalArgumentException e) {
        String[] fieldAndRule = String.valueOf(e.getMessage()).split(": ", 2);
        HttpResponses.error(exchange, 400, "invalid_request", e.getMessage(), Map.of("errors",
                List.of(Map.of("field", fieldAndRule[0], "rule", fieldAndRule.length > 1 ? fieldAndRule[1] : ""))));
    }
}
