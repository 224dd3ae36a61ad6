package io.journeymap.connector.hubspot.internal;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.ingest.EventIngest;
import io.journeymap.camel.ConnectorActivity;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * Writes a page's events through {@link EventIngest} and completes the exchange only when they are
 * durable; a failure goes on the exchange, so the consumer keeps its checkpoint and the next poll
 * delivers the page again (its derived messageIds dedupe what was stored).
 */
final class IngestPage extends AsyncProcessorSupport {

    private final EventIngest ingest;
    private final ConnectorActivity activity;

    IngestPage(EventIngest ingest, ConnectorActivity activity) {
        this.ingest = ingest;
        this.activity = activity;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean process(Exchange exchange, AsyncCallback callback) {
        List<TouchpointEvent> events = exchange.getMessage().getBody(List.class);
        if (events == null || events.isEmpty()) {
            callback.done(true);
            return true;
        }
        ingest.ingest(events).whenComplete((result, failure) -> {
            if (failure != null) {
                exchange.setException(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            } else {
                activity.ingested(result.appended());
            }
            callback.done(false);
        });
        return false;
    }
}
