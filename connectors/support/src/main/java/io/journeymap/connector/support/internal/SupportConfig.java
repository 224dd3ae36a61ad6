package io.journeymap.connector.support.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the support webhooks, PID {@code io.journeymap.connector.support}. */
@ObjectClassDefinition(name = "journeymap support conversations (Zendesk, Intercom)")
@interface SupportConfig {

    @AttributeDefinition(name = "http.host")
    String http_host() default "0.0.0.0";

    @AttributeDefinition(name = "http.port", min = "1", max = "65535")
    int http_port() default 8083;

    @AttributeDefinition(name = "zendesk.signing.secret", type = AttributeType.PASSWORD, required = false,
            description = "The webhook's signing secret from Zendesk Admin Center; empty: Zendesk deliveries get 503")
    String zendesk_signing_secret() default "";

    @AttributeDefinition(name = "zendesk.timestamp.tolerance.seconds", min = "1", max = "86400",
            description = "The largest accepted age of X-Zendesk-Webhook-Signature-Timestamp")
    int zendesk_timestamp_tolerance_seconds() default 300;

    @AttributeDefinition(name = "intercom.client.secret", type = AttributeType.PASSWORD, required = false,
            description = "The Intercom app's client secret (signs X-Hub-Signature); empty: Intercom deliveries get 503")
    String intercom_client_secret() default "";
}
