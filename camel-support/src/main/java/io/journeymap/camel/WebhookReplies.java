package io.journeymap.camel;

import io.journeymap.api.event.Violation;
import io.journeymap.api.ingest.EventIngest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a webhook delivery only after its events are durable: 200 with what was stored, skipped
 * and refused; 400 when nothing in it was usable; 503 with Retry-After when the store failed, so the
 * sender retries and (message ids being stable) nothing is stored twice.
 */
public final class WebhookReplies {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookReplies.class);

    private WebhookReplies() {
    }

    /**
     * Stores the delivery's accepted events through the one write path, then answers.
     *
     * @param exchange the exchange to answer
     * @param callback completed once the answer is set
     * @param ingest   the write path
     * @param delivery what the delivery held
     * @return {@code true} when answered synchronously (Camel's async processor contract)
     */
    public static boolean answerAfterIngest(Exchange exchange, AsyncCallback callback, EventIngest ingest,
            WebhookDelivery delivery) {
        logRejected(exchange, delivery);
        if (delivery.accepted().isEmpty()) {
            answer(exchange, delivery, 0, 0);
            callback.done(true);
            return true;
        }
        ingest.ingest(delivery.accepted()).whenComplete((result, failure) -> {
            if (failure != null) {
                LOG.warn("route {}: {} event(s) not stored, answering 503: {}", exchange.getFromRouteId(),
                        delivery.accepted().size(), failure.getMessage());
                HttpResponses.error(exchange, 503, "unavailable", "events could not be stored; retry later", Map.of());
                exchange.getMessage().setHeader("Retry-After", "5");
            } else {
                answer(exchange, delivery, result.appended(), result.duplicates());
            }
            callback.done(false);
        });
        return false;
    }

    private static void answer(Exchange exchange, WebhookDelivery delivery, int appended, int duplicates) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accepted", appended);
        body.put("duplicates", duplicates);
        body.put("ignored", delivery.ignored());
        if (delivery.rejected().isEmpty()) {
            body.put("success", true);
            HttpResponses.json(exchange, 200, body);
            return;
        }
        body.put("rejected", delivery.rejected());
        if (delivery.refusedAsAWhole()) {
            HttpResponses.error(exchange, 400, "invalid_request", delivery.rejected().size()
                    + " item(s) rejected, nothing accepted", body);
        } else {
            body.put("success", true);
            body.put("message", delivery.rejected().size() + " item(s) rejected; the others were kept");
            HttpResponses.json(exchange, 200, body);
        }
    }

    // Field names and rules only: the values are personal data.
    private static void logRejected(Exchange exchange, WebhookDelivery delivery) {
        for (WebhookDelivery.Rejected r : delivery.rejected()) {
            LOG.warn("route {}: item {} rejected: {}", exchange.getFromRouteId(), r.index(),
                    r.errors().stream().map(WebhookReplies::fieldAndRule).collect(Collectors.joining(", ")));
        }
    }

    private static String fieldAndRule(Violation v) {
        return v.field() + " " + v.rule();
    }

    /**
     * @param errors broken rules
     * @return a 400 rejection that lists them
     */
    public static HttpRejection invalid(List<Violation> errors) {
        return new HttpRejection(400, "invalid_request", "the delivery broke " + errors.size() + " rule(s)",
                Map.of("errors", errors));
    }
}
