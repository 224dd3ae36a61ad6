package io.journeymap.scoring.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID {@code io.journeymap.scoring}. */
@ObjectClassDefinition(name = "journeymap scoring")
@interface ScoringConfig {

    @AttributeDefinition(name = "sentiment.training.dir", required = false,
            description = "Labelled corpora (id TAB rating in [-4,4] TAB text) and vader_lexicon.txt; empty: ${karaf.etc}/journeymap/training/sentiment")
    String sentiment_training_dir() default "";

    @AttributeDefinition(name = "train.interval.hours", min = "0", max = "8760",
            description = "Hours between scheduled, gated training runs; 0 trains only on demand")
    int train_interval_hours() default 0;

    @AttributeDefinition(name = "train.auto.promote",
            description = "Serve a version that passed the evaluation gate at once; false leaves it a candidate for an admin")
    boolean train_auto_promote() default true;

    @AttributeDefinition(name = "registry.refresh.seconds", min = "1", max = "3600",
            description = "How often the serving version is re-read from the store (another node may have promoted one)")
    int registry_refresh_seconds() default 30;
}
