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
 * sender retries and (message ids being stable) nothing is stored twice. Every outcome is counted in
 * the connector's {@link ConnectorActivity}.
 */
public final class WebhookReplies {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookReplies.class);

    /** Seconds a sender is asked to wait while the receiver is not configured yet. */
    private static final String NOT_CONFIGURED_RETRY_AFTER = "60";

    private final EventIngest ingest;
    private final ConnectorActivity activity;

    /**
     * @param ingest   the one write path
     * @param activity the connector's status, which counts stored events, refusals and failures
     */
    public WebhookReplies(EventIngest ingest, ConnectorActivity activity) {
        this.ingest = ingest;
        this.activity = activity;
    }

    /**
     * Stores the delivery's accepted events through the one write path, then answers.
     *
     * @param exchange the exchange to answer
     * @param callback completed once the answer is set
     * @param delivery what the delivery held
     * @return {@code true} when answered synchronously (Camel's async processor contract)
     */
    public boolean answerAfterIngest(Exchange exchange, AsyncCallback callback, WebhookDelivery delivery) {
        logRejected(exchange, delivery);
        activity.deadLettered(delivery.rejected().size());
        if (delivery.accepted().isEmpty()) {
            answer(exchange, delivery, 0, 0);
            activity.succeeded();
            callback.done(true);
            return true;
        }
        ingest.ingest(delivery.accepted()).whenComplete((result, failure) -> {
            if (failure != null) {
                activity.failed("webhook events not stored: " + failure.getClass().getSimpleName(), false);
                LOG.warn("route {}: {} event(s) not stored, answering 503: {}", exchange.getFromRouteId(),
                        delivery.accepted().size(), failure.getMessage());
                HttpResponses.error(exchange, 503, "unavailable", "events could not be stored; retry later", Map.of());
                exchange.getMessage().setHeader("Retry-After", "5");
            } else {
                activity.ingested(delivery.accepted().size());
                answer(exchange, delivery, result.appended(), result.duplicates());
            }
            callback.done(false);
        });
        return false;
    }

    /**
     * Answers a delivery refused before anything was stored (not configured, not signed, not
     * readable); a 503 asks the sender to come back later.
     *
     * @param exchange  the exchange to answer
     * @param callback  completed synchronously
     * @param vendor    the sender, for the log and the status
     * @param rejection why
     * @return {@code true}: answered synchronously
     */
    public boolean refuse(Exchange exchange, AsyncCallback callback, String vendor, HttpRejection rejection) {
        LOG.debug("route {}: {} delivery refused with {} {}", exchange.getFromRouteId(), vendor, rejection.status(),
                rejection.code());
        activity.failed(vendor + " delivery refused: " + rejection.status() + " " + rejection.code(), true);
        rejection.answer(exchange);
        if (rejection.status() == 503) {
            exchange.getMessage().setHeader("Retry-After", NOT_CONFIGURED_RETRY_AFTER);
        }
        callback.done(true);
        return true;
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
