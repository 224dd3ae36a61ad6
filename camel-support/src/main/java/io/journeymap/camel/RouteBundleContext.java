package io.journeymap.camel;

import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.karaf.core.OsgiCamelContextPublisher;
import org.apache.camel.karaf.core.OsgiDefaultCamelContext;
import org.osgi.framework.BundleContext;

/**
 * The CamelContext of one route bundle, owned by that bundle's DS component (camel-karaf's route
 * launcher pattern): created and started in {@code @Activate}, stopped in {@code @Deactivate}, so
 * a bundle update or a configuration change replaces the routes cleanly.
 */
public final class RouteBundleContext {

    private RouteBundleContext() {
    }

    /** Prepares a context before its routes are added (components, services). */
    @FunctionalInterface
    public interface Setup {
        /**
         * @param context the new, not yet started context
         * @throws Exception when setup fails; the context is then stopped and the error rethrown
         */
        void apply(CamelContext context) throws Exception;
    }

    /**
     * Creates, configures and starts an OSGi CamelContext published as an OSGi service.
     *
     * @param bundleContext the owning bundle
     * @param name          the context name, e.g. {@code journeymap-routes}
     * @param setup         components and services to add first
     * @param routes        the routes
     * @return the started context
     * @throws Exception when the routes cannot start
     */
    public static CamelContext start(BundleContext bundleContext, String name, Setup setup, List<RoutesBuilder> routes)
            throws Exception {
        OsgiDefaultCamelContext context = new OsgiDefaultCamelContext(bundleContext);
        context.getCamelContextExtension().setName(name);
        context.getManagementStrategy().addEventNotifier(new OsgiCamelContextPublisher(bundleContext));
        try {
            setup.apply(context);
            for (RoutesBuilder builder : routes) {
                context.addRoutes(builder);
            }
            context.start();
            return context;
        } catch (Exception e) {
            context.stop();
            throw e;
        }
    }
}
