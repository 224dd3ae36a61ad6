package io.journeymap.routes.internal.journal;

import io.journeymap.api.journal.EventJournal;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/** A named journal: {@code journal:events}. */
@UriEndpoint(firstVersion = "0.1.0", scheme = "journal", title = "journeymap journal", syntax = "journal:name",
        category = {Category.CORE})
public class JournalEndpoint extends DefaultEndpoint {

    /** The journal's name (the embedded store has one: {@code events}). */
    @UriPath
    @Metadata(required = true)
    private final String name;

    @UriParam
    private final JournalConfiguration configuration;

    private final EventJournal journal;

    JournalEndpoint(String uri, JournalComponent component, String name, JournalConfiguration configuration,
            EventJournal journal) {
        super(uri, component);
        this.name = name;
        this.configuration = configuration;
        this.journal = journal;
    }

    @Override
    public Producer createProducer() {
        return new JournalProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        JournalConsumer consumer = new JournalConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    public String getName() {
        return name;
    }

    JournalConfiguration getConfiguration() {
        return configuration;
    }

    EventJournal getJournal() {
        return journal;
    }
}
