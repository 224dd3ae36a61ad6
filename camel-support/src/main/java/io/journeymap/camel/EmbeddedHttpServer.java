package io.journeymap.camel;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpEngine;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/**
 * Gives a CamelContext its own Vert.x HTTP server behind the {@code platform-http} component.
 * Karaf's pax-web is javax (Servlet 4) while Camel 4 needs Jakarta, so each HTTP-serving bundle
 * runs Vert.x; the engine is set explicitly because OSGi hides Camel's factory-finder lookup.
 */
public final class EmbeddedHttpServer {

    private EmbeddedHttpServer() {
    }

    /**
     * @param context     a context not yet started
     * @param host        the address to bind, e.g. {@code 0.0.0.0}
     * @param port        the port
     * @param maxBodySize the largest request body the server reads, in bytes; larger gets 413
     */
    public static void install(CamelContext context, String host, int port, long maxBodySize) {
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost(host);
        conf.setBindPort(port);
        conf.setMaxBodySize(maxBodySize);
        try {
            context.addService(new VertxPlatformHttpServer(conf));
        } catch (Exception e) {
            throw new IllegalStateException("cannot add the HTTP server on port " + port, e);
        }
        PlatformHttpComponent http = new PlatformHttpComponent(context);
        http.setEngine(new VertxPlatformHttpEngine());
        context.addComponent("platform-http", http);
    }
}
