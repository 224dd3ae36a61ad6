package io.journeymap.scoring.engine;

import java.util.concurrent.Callable;

/**
 * The PyTorch engine, loaded once and offline; registered as a service once it is ready, so model
 * bundles that reference it start after it. DJL finds engines with {@code ServiceLoader} on the
 * thread's context class loader, which in OSGi is not the bundle's: every call that loads, trains or
 * predicts goes through {@link #call}.
 */
public final class DjlEngine {

    private final String name;
    private final String version;
    private final ClassLoader loader;

    /**
     * @param name    the engine's name, e.g. {@code PyTorch}
     * @param version the native library's version
     * @param loader  the class loader DJL finds the engine with
     */
    public DjlEngine(String name, String version, ClassLoader loader) {
        this.name = name;
        this.version = version;
        this.loader = loader;
    }

    /** @return the engine's name, e.g. {@code PyTorch} */
    public String name() {
        return name;
    }

    /** @return the native library's version, e.g. {@code 2.7.1} */
    public String version() {
        return version;
    }

    /**
     * Runs DJL work with the engine's class loader as the thread's context class loader.
     *
     * @param work what to run: load a model, train, predict
     * @param <T>  its result
     * @return the work's result
     * @throws Exception what the work threw
     */
    public <T> T call(Callable<T> work) throws Exception {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            return work.call();
        } finally {
            t.setContextClassLoader(before);
        }
    }
}
