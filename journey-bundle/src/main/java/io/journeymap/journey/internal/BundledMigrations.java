package io.journeymap.journey.internal;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Our migrations, named here and loaded with this bundle's class loader. Flyway's class-path
 * scanning cannot see into another bundle reliably under OSGi (it found the scripts on a first
 * boot and none on a restart), so the list is explicit: a new migration is added here too.
 */
final class BundledMigrations implements ResourceProvider {

    static final String LOCATION = "db/migration/journey/";
    static final List<String> SCRIPTS = List.of("V1__journal_and_timeline.sql", "V2__timeline_references_events.sql",
            "V3__identity_graph.sql", "V4__identity_matching.sql", "V5__consent_and_privacy.sql", "V6__journey_map.sql",
            "V7__connector_checkpoints.sql", "V8__scores_and_models.sql");

    @Override
    public LoadableResource getResource(String name) {
        String file = name.startsWith(LOCATION) ? name.substring(LOCATION.length()) : name;
        return SCRIPTS.contains(file) ? new Script(file) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (String file : SCRIPTS) {
            for (String suffix : suffixes) {
                if (file.startsWith(prefix) && file.endsWith(suffix)) {
                    found.add(new Script(file));
                    break;
                }
            }
        }
        return found;
    }

    private static final class Script extends LoadableResource {
        private final String file;

        Script(String file) {
            this.file = file;
        }

        @Override
        public Reader read() {
            InputStream in = BundledMigrations.class.getClassLoader().getResourceAsStream(LOCATION + file);
            if (in == null) {
                throw new IllegalStateException("migration missing from the bundle: " + LOCATION + file);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return LOCATION + file;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return null;
        }

        @Override
        public String getFilename() {
            return file;
        }

        @Override
        public String getRelativePath() {
            return LOCATION + file;
        }
    }
}
