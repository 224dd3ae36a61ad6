package io.journeymap.connector.email.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the email webhooks, PID {@code io.journeymap.connector.email}. */
@ObjectClassDefinition(name = "journeymap email events (SendGrid, Mailchimp)")
@interface EmailConfig {

    @AttributeDefinition(name = "http.host")
    String http_host() default "0.0.0.0";

    @AttributeDefinition(name = "http.port", min = "1", max = "65535")
    int http_port() default 8082;

    @AttributeDefinition(name = "sendgrid.public.key", required = false,
            description = "The Signed Event Webhook verification key SendGrid shows (base64 DER, P-256); empty: SendGrid deliveries get 503")
    String sendgrid_public_key() default "";

    @AttributeDefinition(name = "sendgrid.timestamp.tolerance.seconds", min = "1", max = "86400",
            description = "The largest accepted age of X-Twilio-Email-Event-Webhook-Timestamp")
    int sendgrid_timestamp_tolerance_seconds() default 300;

    @AttributeDefinition(name = "mailchimp.secret", type = AttributeType.PASSWORD, required = false,
            description = "The secret path segment of the Mailchimp webhook URL, /webhooks/mailchimp/{secret}; empty: Mailchimp deliveries get 503")
    String mailchimp_secret() default "";
}
