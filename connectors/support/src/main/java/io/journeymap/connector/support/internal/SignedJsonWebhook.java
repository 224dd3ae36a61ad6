package io.journeymap.connector.support.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeymap.api.event.Violation;
import io.journeymap.api.json.EventJson;
import io.journeymap.camel.HttpRejection;
import io.journeymap.camel.ItemOutcome;
import io.journeymap.camel.WebhookDelivery;
import io.journeymap.camel.WebhookReplies;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * Receives one vendor's signed JSON webhook: 503 until its secret is configured (the vendor retries,
 * so nothing is lost meanwhile), 401 for a missing or wrong signature, 400 naming the field for a
 * payload that cannot be mapped, and 200 once the event is durable (or deliberately skipped).
 */
final class SignedJsonWebhook extends AsyncProcessorSupport {

    /** Checks a delivery's signature over the raw body. */
    @FunctionalInterface
    interface Verifier {
        void check(Exchange exchange, byte[] body, Instant now) throws HttpRejection;
    }

    /** Maps a verified payload. */
    @FunctionalInterface
    interface Mapper {
        ItemOutcome map(JsonNode payload, Instant receivedAt);
    }

    private final String vendor;
    private final String secretKey;
    private final Optional<Verifier> verifier;
    private final Mapper mapper;
    private final WebhookReplies replies;
    private final Clock clock;

    /**
     * @param vendor    the sender's name, for messages
     * @param secretKey the configuration key of its secret, named in the 503
     * @param verifier  the signature check, empty while the secret is not configured
     */
    SignedJsonWebhook(String vendor, String secretKey, Optional<Verifier> verifier, Mapper mapper, WebhookReplies replies,
            Clock clock) {
        this.vendor = vendor;
        this.secretKey = secretKey;
        this.verifier = verifier;
        this.mapper = mapper;
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            Verifier check = verifier.orElseThrow(() -> new HttpRejection(503, "not_configured",
                    vendor + " deliveries are refused until " + secretKey + " is configured"));
            byte[] body = exchange.getMessage().getBody(byte[].class);
            body = body == null ? new byte[0] : body;
            Instant now = clock.instant();
            check.check(exchange, body, now);
            WebhookDelivery delivery = new WebhookDelivery();
            mapper.map(parse(body), now).addTo(delivery, 0, null);
            return replies.answerAfterIngest(exchange, callback, delivery);
        } catch (HttpRejection r) {
            return replies.refuse(exchange, callback, vendor, r);
        }
    }

    private static JsonNode parse(byte[] body) throws HttpRejection {
        try {
            JsonNode json = EventJson.mapper().readTree(body);
            if (json == null) {
                throw new IOException("empty");
            }
            return json;
        } catch (IOException e) {
            throw WebhookReplies.invalid(List.of(Violation.of("body", "json", "the body is not valid JSON")));
        }
    }
}
