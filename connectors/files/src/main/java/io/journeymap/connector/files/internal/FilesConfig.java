package io.journeymap.connector.files.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the files drop folder, PID {@code io.journeymap.connector.files}. The column
 * mappings are keys of their own, {@code mapping.<name>.<setting>} (see the README), read from the
 * whole configuration since their names are the operator's.
 */
@ObjectClassDefinition(name = "journeymap offline files (CSV, JSON lines)")
@interface FilesConfig {

    @AttributeDefinition(name = "drop.dir", description = "The folder watched; processed files go to .done/, bad rows to .errors/")
    String drop_dir();

    @AttributeDefinition(name = "poll.interval.ms", min = "100", max = "3600000")
    int poll_interval_ms() default 2000;

    @AttributeDefinition(name = "readlock.min.age.ms", min = "0", max = "600000",
            description = "How long a file must be unchanged before it is read")
    int readlock_min_age_ms() default 1000;

    @AttributeDefinition(name = "chunk.size", min = "1", max = "10000", description = "Events per ingest call")
    int chunk_size() default 1000;

    @AttributeDefinition(name = "ingest.timeout.seconds", min = "1", max = "600")
    int ingest_timeout_seconds() default 60;
}
