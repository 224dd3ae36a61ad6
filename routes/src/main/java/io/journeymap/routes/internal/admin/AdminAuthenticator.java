package io.journeymap.routes.internal.admin;

import io.journeymap.camel.BasicCredentials;
import io.journeymap.camel.HttpResponses;
import io.journeymap.camel.Secrets;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Lets a request on only with the admin's HTTP Basic credentials; otherwise answers 401 and stops
 * the route.
 */
public class AdminAuthenticator implements Processor {

    private final String user;
    private final String password;

    /**
     * @param user     the admin user
     * @param password the admin password (secret)
     */
    public AdminAuthenticator(String user, String password) {
        this.user = user;
        this.password = password;
    }

    @Override
    public void process(Exchange exchange) {
        boolean ok = BasicCredentials.parse(exchange.getMessage().getHeader("Authorization", String.class))
                .map(c -> Secrets.same(user, c.user()) & Secrets.same(password, c.password()))
                .orElse(false);
        if (!ok) {
            HttpResponses.error(exchange, 401, "unauthorized", "admin credentials required (HTTP Basic)", Map.of());
            exchange.getMessage().setHeader("WWW-Authenticate", "Basic realm=\"journeymap-admin\"");
            exchange.setRouteStop(true);
        }
    }
}
