package io.journeymap.scoring.engine.internal;

import ai.djl.engine.Engine;
import io.journeymap.scoring.engine.DjlEngine;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the PyTorch engine offline, its natives unpacked under {@code ${karaf.data}/djl-cache} (from
 * the embedded native jar: nothing is downloaded), then publishes {@link DjlEngine}. Stopping the
 * bundle unregisters the service but cannot unload the natives; that is why this bundle never changes
 * at run time.
 */
@Component(service = {}, immediate = true)
public class EngineComponent {

    private static final Logger LOG = LoggerFactory.getLogger(EngineComponent.class);

    private ServiceRegistration<DjlEngine> registration;

    @Activate
    void activate(BundleContext bundleContext) throws Exception {
        Path data = Path.of(System.getProperty("karaf.data", "data"));
        OfflineSettings.apply(data.resolve("djl-cache"));
        long started = System.nanoTime();
        DjlEngine engine = new DjlEngine("PyTorch", "?", EngineComponent.class.getClassLoader());
        String version = engine.call(() -> Engine.getEngine("PyTorch").getVersion());
        engine = new DjlEngine("PyTorch", version, EngineComponent.class.getClassLoader());
        LOG.info("DJL engine PyTorch {} ready offline in {} ms (cache {})", version,
                (System.nanoTime() - started) / 1_000_000, System.getProperty("DJL_CACHE_DIR"));
        registration = bundleContext.registerService(DjlEngine.class, engine,
                new Hashtable<>(Map.of("engine", "PyTorch", "engine.version", version)));
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister();
        }
    }
}
