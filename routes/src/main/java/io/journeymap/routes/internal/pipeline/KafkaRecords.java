package io.journeymap.routes.internal.pipeline;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.json.EventJson;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultMessage;

/**
 * Turns a batch of events into Kafka records: one JSON record per event, keyed by the person
 * (user id, else anonymous id) so that one person's events stay in order on one partition. The
 * Kafka producer sends a list body as separate records and completes when all are acknowledged.
 */
public class KafkaRecords implements Processor {

    @Override
    public void process(Exchange exchange) {
        List<TouchpointEvent> events = EventBatches.events(exchange.getMessage().getBody());
        List<Message> records = new ArrayList<>(events.size());
        for (TouchpointEvent e : events) {
            Message record = new DefaultMessage(exchange.getContext());
            record.setHeader(KafkaConstants.KEY, e.partitionKey());
            record.setBody(EventJson.write(e));
            records.add(record);
        }
        exchange.getMessage().setBody(records);
    }
}
