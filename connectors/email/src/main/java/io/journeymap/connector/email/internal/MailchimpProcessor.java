package io.journeymap.connector.email.internal;

import io.journeymap.camel.HttpRejection;
import io.journeymap.camel.HttpResponses;
import io.journeymap.camel.Secrets;
import io.journeymap.camel.WebhookDelivery;
import io.journeymap.camel.WebhookReplies;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * Receives Mailchimp list webhooks at {@code /webhooks/mailchimp/{secret}}. Mailchimp signs
 * nothing, so the hard-to-guess path segment it was given is the credential (Mailchimp's own advice);
 * it answers the GET Mailchimp sends to validate the URL, and stores each POST once its event is durable.
 */
final class MailchimpProcessor extends AsyncProcessorSupport {

    private final Optional<String> secret;
    private final WebhookReplies replies;
    private final Clock clock;

    MailchimpProcessor(Optional<String> secret, WebhookReplies replies, Clock clock) {
        this.secret = secret;
        this.replies = replies;
        this.clock = clock;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            String expected = secret.orElseThrow(() -> new HttpRejection(503, "not_configured",
                    "Mailchimp deliveries are refused until mailchimp.secret is configured"));
            if (!Secrets.same(expected, exchange.getMessage().getHeader("secret", String.class))) {
                throw new HttpRejection(401, "invalid_secret", "the secret in the webhook URL is not the configured one");
            }
            if ("GET".equals(exchange.getMessage().getHeader(Exchange.HTTP_METHOD, String.class))) {
                HttpResponses.json(exchange, 200, Map.of("success", true)); // Mailchimp's URL validation
                callback.done(true);
                return true;
            }
            MailchimpForm form;
            try {
                Object body = exchange.getMessage().getBody();
                form = body instanceof Map<?, ?> decoded ? MailchimpForm.of(decoded) : MailchimpForm.parse(Bodies.bytes(exchange));
            } catch (IllegalArgumentException e) {
                throw new HttpRejection(400, "invalid_request", "the body is not valid form encoding",
                        Map.of("errors", java.util.List.of(io.journeymap.api.event.Violation.of("body",
                                "form-urlencoded", "the body must be application/x-www-form-urlencoded"))));
            }
            WebhookDelivery delivery = new WebhookDelivery();
            MailchimpEventMapper.map(form, clock.instant()).addTo(delivery, 0, null);
            return replies.answerAfterIngest(exchange, callback, delivery);
        } catch (HttpRejection r) {
            return replies.refuse(exchange, callback, "Mailchimp", r);
        }
    }
}
