package io.journeymap.routes.internal.admin;

import io.journeymap.camel.BasicCredentials;
import io.journeymap.camel.HttpResponses;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Lets a request on only with the admin's HTTP Basic credentials; otherwise answers 401 and stops
 * the route. Compares in constant time so a timing attack learns nothing of the password.
 */
public class AdminAuthenticator implements Processor {

    private final byte[] user;
    private final byte[] password;

    /**
     * @param user     the admin user
     * @param password the admin password (secret)
     */
    public AdminAuthenticator(String user, String password) {
        this.user = user.getBytes(StandardCharsets.UTF_8);
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void process(Exchange exchange) {
        boolean ok = BasicCredentials.parse(exchange.getMessage().getHeader("Authorization", String.class))
                .map(c -> MessageDigest.isEqual(user, c.user().getBytes(StandardCharsets.UTF_8))
                        & MessageDigest.isEqual(password, c.password().getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
        if (!ok) {
            HttpResponses.error(exchange, 401, "unauthorized", "admin credentials required (HTTP Basic)", Map.of());
            exchange.getMessage().setHeader("WWW-Authenticate", "Basic realm=\"journeymap-admin\"");
            exchange.setRouteStop(true);
        }
    }
}
