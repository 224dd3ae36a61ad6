package io.journeymap.connector.hubspot.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Updates HubSpot objects: {@code update} sends one PATCH; {@code batchUpdate} sends the inputs in
 * requests of at most 100 (HubSpot's limit). The body afterwards is the updated object, or the list
 * of updated objects. Updates set values, so a redelivered exchange changes nothing twice.
 */
class HubSpotProducer extends DefaultProducer {

    HubSpotProducer(HubSpotEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public HubSpotEndpoint getEndpoint() {
        return (HubSpotEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        String op = in.getHeader(HubSpotConstants.OPERATION, String.class);
        HubSpotOperation operation = op != null ? HubSpotOperation.valueOf(op)
                : getEndpoint().getConfiguration().getOperation();
        switch (operation) {
            case update -> update(exchange, in);
            case batchUpdate -> batchUpdate(exchange, in);
            default -> throw new IllegalStateException("unknown operation " + operation);
        }
    }

    private void update(Exchange exchange, Message in) throws Exception {
        String id = in.getHeader(HubSpotConstants.OBJECT_ID, String.class);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("header " + HubSpotConstants.OBJECT_ID + " is required for update");
        }
        Map<String, Object> properties = properties(in.getMandatoryBody(Map.class), exchange);
        in.setBody(getEndpoint().client().update(getEndpoint().objectType(), id,
                in.getHeader(HubSpotConstants.ID_PROPERTY, String.class), properties));
    }

    private void batchUpdate(Exchange exchange, Message in) throws Exception {
        List<Map<String, Object>> inputs = inputs(in.getMandatoryBody(), exchange);
        List<Map<String, Object>> results = new ArrayList<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (int from = 0; from < inputs.size(); from += HubSpotClient.MAX_BATCH_INPUTS) {
            List<Map<String, Object>> chunk = inputs.subList(from,
                    Math.min(inputs.size(), from + HubSpotClient.MAX_BATCH_INPUTS));
            Map<String, Object> response = getEndpoint().client().batchUpdate(getEndpoint().objectType(), chunk);
            results.addAll(list(response.get("results")));
            errors.addAll(list(response.get("errors")));
        }
        if (!errors.isEmpty()) {
            throw new HubSpotBatchException(errors.size() + " error(s) updating " + inputs.size() + " "
                    + getEndpoint().objectType().path() + "; " + results.size() + " updated", errors, results);
        }
        in.setBody(results);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<?, ?> body, Exchange exchange) throws InvalidPayloadException {
        Object nested = body.get("properties");
        Map<?, ?> props = nested instanceof Map<?, ?> m ? m : body;
        if (props.isEmpty()) {
            throw new InvalidPayloadException(exchange, Map.class);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        props.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static List<Map<String, Object>> inputs(Object body, Exchange exchange) throws InvalidPayloadException {
        List<Map<String, Object>> inputs = new ArrayList<>();
        if (body instanceof Map<?, ?> byId) {
            for (Map.Entry<?, ?> e : byId.entrySet()) {
                if (!(e.getValue() instanceof Map<?, ?> props)) {
                    throw new InvalidPayloadException(exchange, Map.class);
                }
                inputs.add(input(String.valueOf(e.getKey()), props, exchange));
            }
        } else if (body instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> m) || m.get("id") == null) {
                    throw new InvalidPayloadException(exchange, List.class);
                }
                inputs.add(input(m.get("id").toString(), m, exchange));
            }
        } else {
            throw new InvalidPayloadException(exchange, List.class);
        }
        return inputs;
    }

    private static Map<String, Object> input(String id, Map<?, ?> source, Exchange exchange)
            throws InvalidPayloadException {
        Map<?, ?> props = source.get("properties") instanceof Map<?, ?> p ? p : source;
        Map<String, Object> properties = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            if (!"id".equals(k)) {
                properties.put(String.valueOf(k), v);
            }
        });
        if (properties.isEmpty()) {
            throw new InvalidPayloadException(exchange, Map.class);
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", id);
        input.put("properties", properties);
        return input;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
