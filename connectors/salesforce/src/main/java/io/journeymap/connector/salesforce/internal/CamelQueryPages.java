package io.journeymap.connector.salesforce.internal;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * {@link QueryPages} through the {@code ingest-salesforce-query} route, which calls camel-salesforce's
 * {@code query} and {@code queryMore} operations with the route's retry policy.
 */
final class CamelQueryPages implements QueryPages {

    private volatile ProducerTemplate template;

    /** Binds to the context the routes run in; called when the routes are configured. */
    void bind(CamelContext context) {
        template = context.createProducerTemplate();
    }

    @Override
    public QueryPage query(String soql) throws Exception {
        return call(SalesforceRoutes.QUERY, soql);
    }

    @Override
    public QueryPage queryMore(String nextRecordsUrl) throws Exception {
        return call(SalesforceRoutes.QUERY_MORE, nextRecordsUrl);
    }

    private QueryPage call(String operation, String argument) throws Exception {
        if (template == null) {
            throw new IllegalStateException("not bound to a CamelContext");
        }
        Exchange done = template.request(SalesforceRoutes.QUERY_ENDPOINT, e -> {
            e.getMessage().setHeader(SalesforceRoutes.OPERATION_HEADER, operation);
            // camel-salesforce reads the SOQL, or the nextRecordsUrl for queryMore, from this header
            e.getMessage().setHeader("sObjectQuery", argument);
        });
        if (done.getException() != null) {
            throw done.getException();
        }
        return QueryPage.parse(done.getMessage().getMandatoryBody(String.class));
    }
}
