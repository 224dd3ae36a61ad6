package io.journeymap.routes.internal.journal;

import io.journeymap.api.journal.EventJournal;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

/**
 * {@code journal:} — the durable event journal as a Camel endpoint, the embedded default for
 * {@code journeymap.events.uri}. A producer appends a batch and completes once it is committed; a
 * consumer delivers batches in journal order and stores its checkpoint after each one is processed.
 * In cluster mode {@code kafka:} takes its place with no change to the routes.
 */
public class JournalComponent extends DefaultComponent {

    private final EventJournal journal;

    /** @param journal the journal service this component's endpoints read and write */
    public JournalComponent(EventJournal journal) {
        this.journal = journal;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        JournalConfiguration configuration = new JournalConfiguration();
        setProperties(configuration, parameters);
        return new JournalEndpoint(uri, this, remaining, configuration, journal);
    }
}
