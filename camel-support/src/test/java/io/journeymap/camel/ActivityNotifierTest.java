package io.journeymap.camel;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeymap.api.connector.ConnectorState;
import java.time.Clock;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActivityNotifierTest {

    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void retriedAndFailedExchangesMakeTheConnectorFailingWithTheRouteAndTheFailureNamed() throws Exception {
        ConnectorActivity activity = new ConnectorActivity("files", "drop", ConnectorState.RUNNING, Clock.systemUTC());
        activity.watch(camel);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().maximumRedeliveries(2).redeliveryDelay(0));
                from("direct:import").routeId("ingest-files-drop").process(e -> {
                    throw new java.io.IOException("disk full at /secret/path");
                });
            }
        });
        camel.start();

        camel.createProducerTemplate().send("direct:import", e -> e.getMessage().setBody("row"));

        assertThat(activity.errors()).isEqualTo(3); // two redeliveries, then the failure
        assertThat(activity.state()).isEqualTo(ConnectorState.FAILING);
        assertThat(activity.lastError()).hasValue("route ingest-files-drop failed: IOException");
        activity.ingested(1);
        assertThat(activity.state()).isEqualTo(ConnectorState.RUNNING);
    }

    @Test
    void exchangesThatSucceedCountNothing() throws Exception {
        ConnectorActivity activity = new ConnectorActivity("files", "drop", ConnectorState.RUNNING, Clock.systemUTC());
        activity.watch(camel);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ok").routeId("ok").log("fine");
            }
        });
        camel.start();
        camel.createProducerTemplate().sendBody("direct:ok", "x");
        assertThat(activity.errors()).isZero();
        assertThat(activity.state()).isEqualTo(ConnectorState.RUNNING);
    }
}
