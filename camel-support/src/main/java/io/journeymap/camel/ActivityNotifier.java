package io.journeymap.camel;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Reports a connector's failed and retried exchanges to its {@link ConnectorActivity}, so a route whose
 * error handler retries (a store that is down, a source answering 5xx) shows as failing in the shell
 * without each processor reporting it. Only the route and the exception's class are kept: messages
 * may quote payloads.
 */
final class ActivityNotifier extends EventNotifierSupport {

    private final ConnectorActivity activity;

    private ActivityNotifier(ConnectorActivity activity) {
        this.activity = activity;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    /**
     * @param context  the connector's context, before it starts
     * @param activity where its failures are counted
     */
    static void watch(CamelContext context, ConnectorActivity activity) {
        context.getManagementStrategy().addEventNotifier(new ActivityNotifier(activity));
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeRedeliveryEvent || event instanceof CamelEvent.ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
        Throwable cause = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String route = exchange.getFromRouteId() == null ? "?" : exchange.getFromRouteId();
        String what = event instanceof CamelEvent.ExchangeRedeliveryEvent ? "retrying" : "failed";
        activity.failed("route " + route + " " + what + ": " + (cause == null ? "unknown" : cause.getClass().getSimpleName()),
                false);
    }
}
