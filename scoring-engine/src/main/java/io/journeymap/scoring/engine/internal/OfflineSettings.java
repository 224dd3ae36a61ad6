package io.journeymap.scoring.engine.internal;

import java.nio.file.Path;

/**
 * DJL's switches for a machine that may reach no model hub: offline, no usage tracking, and the
 * cache (where the natives are unpacked) in a folder of ours. An operator's own system properties
 * (e.g. in {@code etc/system.properties}) win; DJL reads environment variables before these.
 */
public final class OfflineSettings {

    private OfflineSettings() {
    }

    /** @param cacheDir where DJL unpacks its natives when nothing else was set */
    public static void apply(Path cacheDir) {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
        setIfAbsent("DJL_CACHE_DIR", cacheDir.toAbsolutePath().toString());
        setIfAbsent("ENGINE_CACHE_DIR", cacheDir.toAbsolutePath().toString());
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
