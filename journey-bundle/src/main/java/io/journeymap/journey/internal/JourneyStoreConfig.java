package io.journeymap.journey.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the journey store, PID {@code io.journeymap.journey}. */
@ObjectClassDefinition(name = "journeymap journey store", description = "Where the journal and timelines are stored")
@interface JourneyStoreConfig {

    @AttributeDefinition(name = "jdbc.url", description = "jdbc:h2:file:... (embedded default) or jdbc:postgresql://host/db")
    String jdbc_url();

    @AttributeDefinition(name = "jdbc.user")
    String jdbc_user() default "sa";

    @AttributeDefinition(name = "jdbc.password", type = AttributeType.PASSWORD)
    String jdbc_password() default "";

    @AttributeDefinition(name = "jdbc.pool.size", min = "2", max = "200")
    int jdbc_pool_size() default 10;

    @AttributeDefinition(name = "journal.commit.max.events", description = "Most events one group commit writes")
    int journal_commit_max_events() default 20000;
}
