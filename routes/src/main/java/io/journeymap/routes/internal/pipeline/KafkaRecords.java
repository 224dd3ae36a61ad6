package io.journeymap.routes.internal.pipeline;

import io.journeymap.api.event.TouchpointEvent;
import io.journeymap.api.privacy.EventSealer;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultMessage;

/**
 * Turns a batch of events into Kafka records: one sealed record per event (encrypted with its
 * person's key, so an erasure can make it unreadable), keyed by a keyed hash of the person (user
 * id, else anonymous id) so that one person's events stay in order on one partition and no
 * identifier is on the topic in the clear. The Kafka producer sends a list body as separate
 * records and completes when all are acknowledged.
 */
public class KafkaRecords implements Processor {

    private final EventSealer sealer;

    /** @param sealer encrypts events per person */
    public KafkaRecords(EventSealer sealer) {
        this.sealer = sealer;
    }

    @Override
    public void process(Exchange exchange) {
        List<TouchpointEvent> events = EventBatches.events(exchange.getMessage().getBody());
        List<String> sealed = sealer.seal(events);
        List<Message> records = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Message record = new DefaultMessage(exchange.getContext());
            record.setHeader(KafkaConstants.KEY, sealer.recordKey(events.get(i)));
            record.setBody(sealed.get(i));
            records.add(record);
        }
        exchange.getMessage().setBody(records);
    }
}
