package io.journeymap.connector.email.internal;

import org.apache.camel.Exchange;

/** The request body exactly as sent: signatures are computed over these bytes. */
final class Bodies {

    private Bodies() {
    }

    static byte[] bytes(Exchange exchange) {
        byte[] body = exchange.getMessage().getBody(byte[].class);
        return body == null ? new byte[0] : body;
    }
}
