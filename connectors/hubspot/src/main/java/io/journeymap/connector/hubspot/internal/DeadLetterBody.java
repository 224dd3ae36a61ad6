package io.journeymap.connector.hubspot.internal;

import io.journeymap.api.json.EventJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Replaces the body with the page's dead letters as JSON: connector, instance, object type and id,
 * and each broken rule. Violations name fields and rules, never values, so the dead-letter log holds
 * no personal data.
 */
final class DeadLetterBody implements Processor {

    static boolean hasDeadLetters(Exchange exchange) {
        List<?> dead = exchange.getMessage().getHeader(HubSpotConstants.DEAD_LETTERS, List.class);
        return dead != null && !dead.isEmpty();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("connector", HubSpotRecordMapper.CONNECTOR);
        body.put("instance", exchange.getMessage().getHeader(HubSpotConstants.INSTANCE, String.class));
        body.put("route", exchange.getFromRouteId());
        body.put("deadLetters", exchange.getMessage().getHeader(HubSpotConstants.DEAD_LETTERS, List.class));
        exchange.getMessage().setBody(EventJson.mapper().writeValueAsString(body));
    }
}
