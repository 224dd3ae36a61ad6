package io.journeymap.connector.hubspot.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the HubSpot connector, PID {@code io.journeymap.connector.hubspot}. */
@ObjectClassDefinition(name = "journeymap HubSpot connector")
@interface HubSpotConnectorConfig {

    @AttributeDefinition(name = "instance", description = "Names the HubSpot account: the events' source instance and part of every checkpoint key")
    String instance() default "default";

    @AttributeDefinition(name = "access.token", type = AttributeType.PASSWORD,
            description = "A private app's access token; empty leaves the CRM sync stopped")
    String access_token() default "";

    @AttributeDefinition(name = "base.url", description = "HubSpot's API base URL")
    String base_url() default "https://api.hubapi.com";

    @AttributeDefinition(name = "object.types", description = "Comma-separated: contacts, companies, deals, emails, calls, meetings, notes, tasks; one route each")
    String object_types() default "contacts,companies,deals,emails,calls,meetings,notes,tasks";

    @AttributeDefinition(name = "poll.interval.ms", description = "Milliseconds between the end of one sync poll and the next")
    long poll_interval_ms() default 30000;

    @AttributeDefinition(name = "page.size", description = "Objects per search request and per ingest, 1 to 100")
    int page_size() default 100;

    @AttributeDefinition(name = "start.date", description = "Where a sync with no checkpoint starts (ISO-8601 or epoch ms); empty for the oldest object")
    String start_date() default "";

    @AttributeDefinition(name = "index.lag.ms", description = "Objects modified more recently are left for a later poll (HubSpot's search index trails writes)")
    long index_lag_ms() default 10000;

    @AttributeDefinition(name = "search.requests.per.second", description = "Search requests per second for the whole account, shared by the object types' routes")
    double search_requests_per_second() default 4;

    @AttributeDefinition(name = "requests.per.second", description = "Other requests per second (associations) for the whole account, shared by the routes")
    double requests_per_second() default 10;

    @AttributeDefinition(name = "dead.letter.uri", description = "The Camel endpoint that receives records that broke a rule, as JSON with the reasons")
    String dead_letter_uri() default "log:io.journeymap.connector.hubspot.deadletter?level=WARN";

    @AttributeDefinition(name = "webhook.client.secret", type = AttributeType.PASSWORD,
            description = "The app's client secret, which signs webhook requests (v3); empty leaves the webhook receiver off")
    String webhook_client_secret() default "";

    @AttributeDefinition(name = "webhook.host")
    String webhook_host() default "0.0.0.0";

    @AttributeDefinition(name = "webhook.port", min = "1", max = "65535")
    int webhook_port() default 8086;

    @AttributeDefinition(name = "webhook.path", description = "The path HubSpot posts to")
    String webhook_path() default "/hubspot/webhook";

    @AttributeDefinition(name = "webhook.public.url", description = "The URL registered in HubSpot, as HubSpot signs it (behind a proxy it differs from what we see); empty derives it from the request's Host header")
    String webhook_public_url() default "";
}
