package io.journeymap.connector.email.internal;

import org.apache.camel.builder.RouteBuilder;

/** The email webhooks' HTTP endpoints. */
final class EmailRoutes extends RouteBuilder {

    private final SendGridProcessor sendGrid;
    private final MailchimpProcessor mailchimp;

    EmailRoutes(SendGridProcessor sendGrid, MailchimpProcessor mailchimp) {
        this.sendGrid = sendGrid;
        this.mailchimp = mailchimp;
    }

    @Override
    public void configure() {
        from("platform-http:/webhooks/sendgrid?httpMethodRestrict=POST").routeId("ingest-sendgrid-webhook")
                .process(sendGrid);
        // Vert.x decodes a form body and keeps no raw bytes; the body arrives as a Map of its fields.
        from("platform-http:/webhooks/mailchimp/{secret}?httpMethodRestrict=GET,POST")
                .routeId("ingest-mailchimp-webhook").process(mailchimp);
    }
}
