package io.journeymap.connector.support.internal;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/** The support webhooks' HTTP endpoints. */
final class SupportRoutes extends RouteBuilder {

    private final SignedJsonWebhook zendesk;
    private final SignedJsonWebhook intercom;

    SupportRoutes(SignedJsonWebhook zendesk, SignedJsonWebhook intercom) {
        this.zendesk = zendesk;
        this.intercom = intercom;
    }

    @Override
    public void configure() {
        from("platform-http:/webhooks/zendesk?httpMethodRestrict=POST").routeId("ingest-zendesk-webhook")
                .process(zendesk);
        from("platform-http:/webhooks/intercom?httpMethodRestrict=POST,HEAD").routeId("ingest-intercom-webhook")
                .choice()
                    // Intercom checks a new webhook URL with a HEAD request; it carries nothing to verify
                    .when(header(Exchange.HTTP_METHOD).isEqualTo("HEAD"))
                        .removeHeaders("*").setHeader(Exchange.HTTP_RESPONSE_CODE, constant(200)).setBody(constant(""))
                    .otherwise()
                        .process(intercom)
                .end();
    }
}
