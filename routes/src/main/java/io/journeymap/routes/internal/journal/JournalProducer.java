package io.journeymap.routes.internal.journal;

import io.journeymap.routes.internal.pipeline.EventBatches;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Appends the exchange's events and completes the exchange only after the journal committed them,
 * without holding a thread while the group commit runs.
 */
class JournalProducer extends DefaultAsyncProducer {

    JournalProducer(JournalEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public JournalEndpoint getEndpoint() {
        return (JournalEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            getEndpoint().getJournal().append(EventBatches.events(exchange.getMessage().getBody()))
                    .whenComplete((result, failure) -> {
                        if (failure != null) {
                            exchange.setException(failure);
                        } else {
                            exchange.getMessage().setHeader(JournalConstants.APPEND_RESULT, result);
                        }
                        callback.done(false);
                    });
            return false;
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
    }
}
