package io.journeymap.connector.salesforce.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the Salesforce connector, PID {@code io.journeymap.connector.salesforce}. */
@ObjectClassDefinition(name = "journeymap Salesforce CRM source")
@interface SalesforceConfig {

    @AttributeDefinition(name = "instance", description = "This org's name in the events' source, e.g. acme-prod")
    String instance() default "default";

    @AttributeDefinition(name = "login.url", description = "https://login.salesforce.com, https://test.salesforce.com "
            + "for a sandbox, or the org's My Domain")
    String login_url() default "https://login.salesforce.com";

    @AttributeDefinition(name = "auth.type", options = {
        @org.osgi.service.metatype.annotations.Option(label = "refresh_token", value = "refresh_token"),
        @org.osgi.service.metatype.annotations.Option(label = "jwt", value = "jwt")})
    String auth_type() default "refresh_token";

    @AttributeDefinition(name = "client.id", required = false, description = "The connected app's consumer key; "
            + "empty: the connector stays stopped")
    String client_id() default "";

    @AttributeDefinition(name = "client.secret", type = AttributeType.PASSWORD, required = false)
    String client_secret() default "";

    @AttributeDefinition(name = "refresh.token", type = AttributeType.PASSWORD, required = false)
    String refresh_token() default "";

    @AttributeDefinition(name = "jwt.username", required = false)
    String jwt_username() default "";

    @AttributeDefinition(name = "jwt.keystore.path", required = false,
            description = "A keystore with exactly one private key, whose certificate the connected app holds")
    String jwt_keystore_path() default "";

    @AttributeDefinition(name = "jwt.keystore.password", type = AttributeType.PASSWORD, required = false)
    String jwt_keystore_password() default "";

    @AttributeDefinition(name = "jwt.keystore.type", required = false)
    String jwt_keystore_type() default "PKCS12";

    @AttributeDefinition(name = "api.version")
    String api_version() default "62.0";

    @AttributeDefinition(name = "objects", description = "Comma-separated: Lead, Contact, Opportunity, Task, Event, "
            + "Case, CampaignMember")
    String objects() default "Lead,Contact,Opportunity,Task,Event,Case,CampaignMember";

    @AttributeDefinition(name = "poll.interval.seconds", min = "1", max = "86400")
    int poll_interval_seconds() default 60;

    @AttributeDefinition(name = "poll.lag.seconds", min = "0", max = "3600",
            description = "Read only records modified at least this long ago, so long transactions commit first")
    int poll_lag_seconds() default 30;

    @AttributeDefinition(name = "backfill.from", required = false,
            description = "ISO-8601 instant the first sync starts from; empty: the org's whole history")
    String backfill_from() default "";

    @AttributeDefinition(name = "retry.max.attempts", min = "1", max = "20")
    int retry_max_attempts() default 5;

    @AttributeDefinition(name = "retry.initial.delay.ms", min = "0")
    int retry_initial_delay_ms() default 1000;

    @AttributeDefinition(name = "retry.max.delay.ms", min = "0")
    int retry_max_delay_ms() default 60000;

    @AttributeDefinition(name = "http.timeout.seconds", min = "1", max = "600")
    int http_timeout_seconds() default 60;

    @AttributeDefinition(name = "dead.letter.dir", required = false,
            description = "Where records that broke a rule are written; empty: ${karaf.data}/journeymap/dead-letters")
    String dead_letter_dir() default "";
}
