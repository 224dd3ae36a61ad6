package io.journeymap.connector.hubspot.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The step after a {@code hubspot:} consumer: turns the page (body) into canonical events (body) and
 * puts the records that broke a rule in the {@link HubSpotConstants#DEAD_LETTERS} header, for the
 * route to send to its dead-letter endpoint; the page's good records go on either way.
 */
public final class HubSpotPageToEvents implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(HubSpotPageToEvents.class);

    private final Clock clock;

    /** @param clock gives each event its receivedAt */
    public HubSpotPageToEvents(Clock clock) {
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void process(Exchange exchange) throws Exception {
        String type = exchange.getMessage().getHeader(HubSpotConstants.OBJECT_TYPE, String.class);
        HubSpotObjectType objectType = HubSpotObjectType.fromPath(type)
                .orElseThrow(() -> new IllegalArgumentException("not a HubSpot page: header "
                        + HubSpotConstants.OBJECT_TYPE + " is " + type));
        String instance = exchange.getMessage().getHeader(HubSpotConstants.INSTANCE, "default", String.class);
        List<Map<String, Object>> records = exchange.getMessage().getMandatoryBody(List.class);
        HubSpotRecordMapper.PageResult result = new HubSpotRecordMapper(instance).mapPage(objectType, records,
                clock.instant());
        if (!result.deadLetters().isEmpty()) {
            LOG.warn("route {}: {} of {} {} broke a rule and go to the dead letters (first: object {} {})",
                    exchange.getFromRouteId(), result.deadLetters().size(), records.size(), type,
                    result.deadLetters().get(0).objectId(), result.deadLetters().get(0).violations().get(0).rule());
        }
        exchange.getMessage().setBody(result.events());
        exchange.getMessage().setHeader(HubSpotConstants.DEAD_LETTERS, result.deadLetters());
        exchange.getMessage().setHeader(HubSpotConstants.SKIPPED, result.skipped().size());
    }
}
