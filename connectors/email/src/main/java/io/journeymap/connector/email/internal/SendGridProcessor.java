package io.journeymap.connector.email.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.Violation;
import io.journeymap.api.json.EventJson;
import io.journeymap.camel.HttpRejection;
import io.journeymap.camel.WebhookDelivery;
import io.journeymap.camel.WebhookReplies;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * Receives SendGrid's Event Webhook: 503 until a verification key is configured (SendGrid retries,
 * so nothing is lost meanwhile), 401 for a missing, wrong or stale signature, 400 when the body is
 * not an array of events or none of them is usable, and otherwise 200 after the good events are
 * durable, listing the refused ones by index: a 400 would make SendGrid retry the whole batch for
 * an item that will never get better.
 */
final class SendGridProcessor extends AsyncProcessorSupport {

    private final Optional<SendGridSignature> signature;
    private final WebhookReplies replies;
    private final Clock clock;

    SendGridProcessor(Optional<SendGridSignature> signature, WebhookReplies replies, Clock clock) {
        this.signature = signature;
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            SendGridSignature verifier = signature.orElseThrow(() -> new HttpRejection(503, "not_configured",
                    "SendGrid deliveries are refused until sendgrid.public.key is configured"));
            byte[] body = Bodies.bytes(exchange);
            verifier.check(exchange.getMessage().getHeader(SendGridSignature.SIGNATURE_HEADER, String.class),
                    exchange.getMessage().getHeader(SendGridSignature.TIMESTAMP_HEADER, String.class), body,
                    clock.instant());
            JsonNode events = parseArray(body);
            WebhookDelivery delivery = new WebhookDelivery();
            for (int i = 0; i < events.size(); i++) {
                JsonNode item = events.get(i);
                SendGridEventMapper.map(item, clock.instant()).addTo(delivery, i, Fields.optionalText(item, "sg_event_id"));
            }
            return replies.answerAfterIngest(exchange, callback, delivery);
        } catch (HttpRejection r) {
            return replies.refuse(exchange, callback, "SendGrid", r);
        }
    }

    private static JsonNode parseArray(byte[] body) throws HttpRejection {
        JsonNode json;
        try {
            json = EventJson.mapper().readTree(body);
        } catch (IOException e) {
            throw WebhookReplies.invalid(List.of(Violation.of("body", "json", "the body is not valid JSON")));
        }
        if (json == null || !json.isArray()) {
            throw new HttpRejection(400, "invalid_request", "the body must be a JSON array of events",
                    Map.of("errors", List.of(Violation.of("body", "type:array", "the body must be a JSON array of events"))));
        }
        return json;
    }
}
